package dev.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow crawl} as an operator runs it, in-process: dry runs against a small site served on
 * 127.0.0.1 by this test (one JSON line per URL on stdout), and configuration mistakes (exit code 2, a
 * message on stderr, no Kafka touched).
 */
class CrawlCommandTest {

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private HttpServer server;
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        server.stop(0);
    }

    /** Serves the registered pages as UTF-8 HTML; anything else (robots.txt included) is a 404. */
    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requested.add(path);
        String html = pages.get(path);
        byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", html == null ? "text/plain" : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
        try (OutputStream response = exchange.getResponseBody()) {
            response.write(body);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private int crawl(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "crawl";
        System.arraycopy(args, 0, command, 1, args.length);
        return Newsflow.commandLine().execute(command);
    }

    private List<JsonNode> jsonLines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line)); // throws unless every line is one JSON document
            }
        }
        return lines;
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDryRunOfUrlsPrintsOneJsonLinePerUrl() throws IOException {
        pages.put("/a.html", "<html><body>a <a href=\"/c.html\">c</a></body></html>");
        pages.put("/b.html", "<html><body>b</body></html>");
        pages.put("/c.html", "<html><body>c</body></html>");

        int code = crawl("--dry-run", "--allow-host", "127.0.0.1", "--delay", "PT0.005S", "--depth", "0",
                url("/a.html"), url("/b.html"), url("/missing.html"), "mailto:someone@example.cn");

        assertEquals(0, code, stderr());
        List<JsonNode> lines = jsonLines();
        assertEquals(4, lines.size(), out.toString(StandardCharsets.UTF_8));
        Map<String, JsonNode> byUrl = lines.stream().collect(Collectors.toMap(line -> line.get("url").asText(), line -> line));
        for (String path : List.of("/a.html", "/b.html")) {
            JsonNode line = byUrl.get(url(path));
            assertEquals(200, line.get("status").asInt(), path);
            assertEquals("seed", line.get("source").asText(), path);
            assertEquals("html", line.get("kind").asText(), path);
            assertEquals("UTF-8", line.get("charset").asText().toUpperCase(Locale.ROOT), path);
            assertTrue(line.get("bytes").asInt() > 0, path);
        }
        assertEquals(404, byUrl.get(url("/missing.html")).get("status").asInt());
        assertTrue(byUrl.get(url("/missing.html")).get("error").asText().contains("404"));
        assertEquals("not an http(s) URL", byUrl.get("mailto:someone@example.cn").get("error").asText());
        assertEquals(0, requested.stream().filter("/c.html"::equals).count(), "depth 0: links not followed");
        assertTrue(stderr().contains("4 URLs"), stderr());
    }

    @Test
    void aDryRunOfASiteFileFollowsLinksToTheSitesDepth(@TempDir Path dir) throws IOException {
        pages.put("/news/", "<html><body><a href=\"/news/1.html\">1</a><a href=\"/news/2.html\">2</a>"
                + "<a href=\"/elsewhere.html\">out of scope</a></body></html>");
        pages.put("/news/1.html", "<html><body>1</body></html>");
        pages.put("/news/2.html", "<html><body>2</body></html>");
        Path sites = dir.resolve("sites.yaml");
        Files.writeString(sites, """
                crawler:
                  politenessDelay: 5ms
                  allowHosts: [127.0.0.1]
                sites:
                  - id: fixture
                    seeds: [%s]
                    include: ['/news/']
                    depth: 1
                """.formatted(url("/news/")));

        int code = crawl("--dry-run", "--sites", sites.toString());

        assertEquals(0, code, stderr());
        Map<String, JsonNode> byUrl = jsonLines().stream()
                .collect(Collectors.toMap(line -> line.get("url").asText(), line -> line));
        assertEquals(Set.of(url("/news/"), url("/news/1.html"), url("/news/2.html")), byUrl.keySet());
        assertEquals("seed", byUrl.get(url("/news/")).get("source").asText());
        assertEquals(2, byUrl.get(url("/news/")).get("discovered").asInt());
        assertEquals("link", byUrl.get(url("/news/1.html")).get("source").asText());
        byUrl.values().forEach(line -> assertEquals(200, line.get("status").asInt(), line.toString()));
        assertFalse(requested.contains("/elsewhere.html"), "out of the site's scope");
    }

    @Test
    void aDryRunWhereNothingAnswersExitsWithOne() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        int code = crawl("--dry-run", "--allow-host", "127.0.0.1", "--depth", "0",
                "http://127.0.0.1:" + closedPort + "/a.html");
        assertEquals(1, code, stderr());
        assertEquals(1, jsonLines().size());
    }

    @Test
    void configurationMistakesExitWithTwo(@TempDir Path dir) throws IOException {
        Path misspelt = dir.resolve("bad.yaml");
        Files.writeString(misspelt, "sites:\n  - id: x\n    seeds: [http://www.example.cn/]\n    depht: 2\n");
        assertEquals(2, crawl("--dry-run", "--sites", misspelt.toString()));
        assertTrue(stderr().contains("depht"), "the unknown key is named: " + stderr());

        assertEquals(2, crawl("--sites", dir.resolve("missing.yaml").toString()), "a site file that is not there");
        assertEquals(2, crawl(), "a real crawl needs a site file");
        assertEquals(2, crawl("--dry-run"), "a dry run needs a site file or URLs");
        assertEquals(2, crawl("--dry-run", "--delay", "three seconds", url("/a.html")), "not an ISO-8601 duration");
        assertEquals(List.of(), requested, "nothing fetched");
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing printed as a result");
    }
}
