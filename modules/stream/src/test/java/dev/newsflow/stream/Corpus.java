package dev.newsflow.stream;

import dev.newsflow.contracts.CrawlSource;
import dev.newsflow.contracts.RawPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The repository's evaluation pages (eval/seeds, eval/dev/pages) as raw pages, for tests. */
final class Corpus {

    static final Path EVAL = locate();

    private Corpus() {}

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("eval/seeds"))) {
                return dir.resolve("eval");
            }
        }
        throw new IllegalStateException("eval/seeds not found above " + Path.of("").toAbsolutePath());
    }

    static List<Path> seeds() {
        return list(EVAL.resolve("seeds"), ".txt");
    }

    static Path devPage(String name) {
        return EVAL.resolve("dev/pages").resolve(name);
    }

    static Path seed(String prefix) {
        return seeds().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A raw page for a file, as the crawler would publish it from the given URL. */
    static RawPage rawPage(Path file, String url) {
        return rawPage(bytes(file), url, file.getFileName().toString().endsWith(".html") ? "text/html" : "text/plain");
    }

    static RawPage rawPage(byte[] body, String url, String contentType) {
        return RawPage.newBuilder()
                .setUrl(url)
                .setFinalUrl(url)
                .setRedirects(List.of())
                .setFetchedAt(Instant.parse("2024-06-01T08:00:00Z"))
                .setStatus(200)
                .setHeaders(Map.of())
                .setContentType(contentType)
                .setDeclaredCharset(null)
                .setBody(ByteBuffer.wrap(body))
                .setSource(CrawlSource.SEED)
                .setSite(null)
                .setPublisherAdcode(null)
                .setDepth(0)
                .build();
    }
}
