package dev.newsflow.contracts.serde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The project's Avro schemas as shipped on the classpath: the current ones and every released version
 * kept under {@code schemas/history/<version>/}. Decoders resolve writer fingerprints against this
 * catalog, which is what lets records travel in single-object encoding without a registry server.
 */
public final class SchemaCatalog {

    /** Classpath root the contracts module copies {@code /schemas} to. */
    static final String ROOT = "dev/newsflow/schemas/";

    /** Shared named types, parsed first because the records refer to them by name. */
    static final List<String> COMMON_FILES =
            List.of("common/Region.avsc", "common/Indicator.avsc", "common/Removal.avsc",
                    "common/Repairs.avsc", "common/Evidence.avsc");

    /** Top-level record schemas, one per file. A released version may lack records added later. */
    static final List<String> RECORD_FILES =
            List.of("RawPage.avsc", "Article.avsc", "ReformEvent.avsc", "DeadLetter.avsc", "CrawlState.avsc",
                    "QuarantinedPage.avsc");

    private SchemaCatalog() {}

    /** Current record schemas by full name. */
    public static Map<String, Schema> current() {
        return load(ROOT);
    }

    /** Released versions in release order, as listed in {@code schemas/history/RELEASES}. */
    public static List<String> releasedVersions() {
        String index = read(ROOT + "history/RELEASES");
        if (index == null) {
            throw new IllegalStateException("schemas/history/RELEASES is missing from the classpath");
        }
        List<String> versions = new ArrayList<>();
        for (String line : index.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                versions.add(trimmed.split("\\s+")[0]);
            }
        }
        return versions;
    }

    /** Record schemas of one released version by full name. */
    public static Map<String, Schema> released(String version) {
        Map<String, Schema> schemas = load(ROOT + "history/" + version + "/");
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("no schemas stored for released version " + version);
        }
        return schemas;
    }

    private static Map<String, Schema> load(String dir) {
        Schema.Parser parser = new Schema.Parser();
        for (String file : COMMON_FILES) {
            String text = read(dir + file);
            if (text != null) {
                parser.parse(text);
            }
        }
        Map<String, Schema> records = new LinkedHashMap<>();
        for (String file : RECORD_FILES) {
            String text = read(dir + file);
            if (text != null) {
                Schema schema = parser.parse(text);
                records.put(schema.getFullName(), schema);
            }
        }
        return records;
    }

    private static String read(String resource) {
        try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + resource, e);
        }
    }
}
