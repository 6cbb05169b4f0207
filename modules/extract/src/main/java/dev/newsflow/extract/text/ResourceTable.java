package dev.newsflow.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a versioned data file from the classpath: UTF-8, one record a line, tab-separated columns,
 * '#' comments and blank lines skipped. A missing or malformed file is a packaging error and fails loudly.
 */
public final class ResourceTable {

    private ResourceTable() {
    }

    /** Rows of the resource, each with at least {@code minColumns} columns. */
    public static List<String[]> rows(String resource, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ResourceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length < minColumns || columns[0].isEmpty()) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + minColumns
                            + " tab-separated columns, got: " + line);
                }
                rows.add(columns);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read data file " + resource, e);
        }
        return rows;
    }

    /** First column of every row: for one-term-a-line lists. */
    public static List<String> terms(String resource) {
        return rows(resource, 1).stream().map(columns -> columns[0].strip()).toList();
    }
}
