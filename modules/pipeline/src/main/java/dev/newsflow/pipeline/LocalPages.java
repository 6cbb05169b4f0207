package dev.newsflow.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Pages stored as local files: the inputs of {@code newsflow process}, the evaluation and the benchmark.
 */
public final class LocalPages {

    private LocalPages() {}

    /** A file to process and how to name it in output. */
    public record Entry(String source, Path file) {}

    /**
     * Expands the paths in the order given: a file stands for itself; a folder for every regular file
     * below it, in name order. A path that does not exist is kept, so its read fails with a clear message
     * in its own output line.
     */
    public static List<Entry> expand(List<Path> paths) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(file -> entries.add(new Entry(file.toString(), file)));
                }
            } else {
                entries.add(new Entry(path.toString(), path));
            }
        }
        return entries;
    }

    /**
     * Reads at most {@code maxBytes + 1} bytes: enough for the cleaner to see that a page is over its
     * limit without this process holding a file of any size in memory.
     */
    public static byte[] readBounded(Path file, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
    }
}
