package dev.newsflow.crawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.crawl.FixtureServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CrawlCommandTest {

    private final FixtureServer server = FixtureServer.start();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        server.close();
    }

    @Test
    void dryRunOfUrlsPrintsOneJsonLinePerUrl() {
        server.html("/a.html", "<html><body><a href=\"/b.html\">b</a></body></html>");
        server.html("/b.html", "<html><body>b</body></html>");
        int code = new CommandLine(new CrawlCommand()).execute("--dry-run", "--allow-host", "127.0.0.1",
                "--delay", "PT0.005S", "--max-pages", "5", server.url("/a.html"));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length, out.toString(StandardCharsets.UTF_8));
        assertTrue(lines[0].contains("\"url\":\"" + server.url("/a.html") + "\""));
        assertTrue(lines[1].contains("\"source\":\"link\""));
    }

    @Test
    void dryRunOfASiteFile(@TempDir Path dir) throws Exception {
        server.html("/s/", "<html><body>hub</body></html>");
        Path sites = dir.resolve("sites.yaml");
        Files.writeString(sites, "crawler:\n  politenessDelay: 5ms\nsites:\n  - id: one\n    seeds: [" + server.url("/s/") + "]\n");
        int code = new CommandLine(new CrawlCommand()).execute("--dry-run", "--sites", sites.toString(),
                "--allow-host", "127.0.0.1");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"status\":200"));
    }

    @Test
    void configurationMistakesExitWithTwo(@TempDir Path dir) throws Exception {
        Path sites = dir.resolve("bad.yaml");
        Files.writeString(sites, "sites:\n  - id: x\n    seeds: [http://a.cn/]\n    depht: 2\n");
        assertEquals(2, new CommandLine(new CrawlCommand()).execute("--dry-run", "--sites", sites.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("depht"));
        assertEquals(2, new CommandLine(new CrawlCommand()).execute("--sites", sites.toString().replace("bad", "missing")));
        assertEquals(2, new CommandLine(new CrawlCommand()).execute("--dry-run"));
    }
}
