package dev.newsflow.stream.bench;

import dev.newsflow.contracts.CrawlSource;
import dev.newsflow.contracts.RawPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Raw pages for load runs, built from the repository's evaluation pages ({@code eval/seeds/*.txt} and
 * {@code eval/dev/pages/*}). Every page gets its own URL and its own text, so that no cache of bytes, text
 * or article id can flatter a run: half are the original with its digits changed (near-duplicates of one
 * another, as republished news is), half also carry an extra paragraph made of the page's own characters in
 * a random order (distinct articles).
 */
public final class PageCorpus {

    private final List<Template> templates;
    private final Random random;

    private record Template(String name, byte[] body, String contentType) {}

    private PageCorpus(List<Template> templates, long seed) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no evaluation pages found");
        }
        this.templates = templates;
        this.random = new Random(seed);
    }

    /** The pages under an {@code eval} directory. */
    public static PageCorpus fromEvalDir(Path evalDir, long seed) {
        List<Template> templates = new ArrayList<>();
        for (Path file : files(evalDir.resolve("seeds"))) {
            if (file.getFileName().toString().endsWith(".txt")) {
                templates.add(template(file));
            }
        }
        for (Path file : files(evalDir.resolve("dev/pages"))) {
            templates.add(template(file));
        }
        return new PageCorpus(templates, seed);
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Template template(Path file) {
        try {
            String name = file.getFileName().toString();
            return new Template(name, Files.readAllBytes(file), name.endsWith(".html") ? "text/html" : "text/plain");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of distinct source pages. */
    public int templates() {
        return templates.size();
    }

    /** Page number {@code i} of a run, with a URL unique to the run. */
    public RawPage page(String run, int i) {
        Template t = templates.get(i % templates.size());
        byte[] body = mutate(t.body(), i % 2 == 1);
        String url = "https://bench-" + (i % 97) + ".example.cn/" + run + "/" + i + "/" + t.name();
        return RawPage.newBuilder()
                .setUrl(url)
                .setFinalUrl(url)
                .setRedirects(List.of())
                .setFetchedAt(Instant.now())
                .setStatus(200)
                .setHeaders(Map.of())
                .setContentType(t.contentType())
                .setDeclaredCharset(null)
                .setBody(ByteBuffer.wrap(body))
                .setSource(CrawlSource.OTHER)
                .setSite(null)
                .setPublisherAdcode(null)
                .setDepth(0)
                .build();
    }

    /**
     * Changes the page's ASCII digits (safe in every charset the pages use: GB18030, Big5 and UTF-8 keep
     * ASCII as ASCII) and, for distinct articles, appends a paragraph of the page's own characters shuffled.
     */
    private byte[] mutate(byte[] original, boolean distinct) {
        byte[] body = original.clone();
        for (int i = 0; i < body.length; i++) {
            if (body[i] >= '0' && body[i] <= '9' && random.nextInt(4) == 0) {
                body[i] = (byte) ('0' + random.nextInt(10));
            }
        }
        if (!distinct) {
            return body;
        }
        Charset utf8 = StandardCharsets.UTF_8;
        String text = new String(original, utf8);
        StringBuilder han = new StringBuilder();
        text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .limit(4000).forEach(han::appendCodePoint);
        if (han.length() < 100 || !utf8.newEncoder().canEncode(text) || text.indexOf('\uFFFD') >= 0) {
            return body; // not a UTF-8 page: appending UTF-8 text would change its charset detection
        }
        StringBuilder paragraph = new StringBuilder("\n");
        for (int i = 0; i < 120; i++) {
            paragraph.append(han.charAt(random.nextInt(han.length())));
        }
        paragraph.append("。\n");
        String marked = text.contains("</body>") ? text.replace("</body>", "<p>" + paragraph + "</p></body>") : text + paragraph;
        return marked.getBytes(utf8);
    }
}
