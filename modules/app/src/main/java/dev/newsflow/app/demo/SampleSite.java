package dev.newsflow.app.demo;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The bundled demo news site that {@code newsflow run} crawls on a fresh machine: the seed pages and the
 * labelled development pages, served on loopback exactly as stored (bytes untouched, no charset in the
 * header, so the pipeline meets them as it would meet the real web), with an RSS feed, a sitemap and a
 * robots.txt that declares the sitemap. Half of the pages are announced in the feed and all of them in
 * the sitemap, so both discovery paths are exercised.
 */
public final class SampleSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Path> pages;

    private SampleSite(HttpServer server, Map<String, Path> pages) {
        this.server = server;
        this.pages = pages;
    }

    /** Serves the pages under {@code <evalDir>/seeds} and {@code <evalDir>/dev/pages} on 127.0.0.1. */
    public static SampleSite start(Path evalDir, int port) throws IOException {
        Map<String, Path> pages = new LinkedHashMap<>();
        for (Path dir : List.of(evalDir.resolve("seeds"), evalDir.resolve("dev/pages"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html"))
                        .sorted()
                        .forEach(f -> pages.put(f.getFileName().toString(), f));
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        SampleSite site = new SampleSite(server, pages);
        server.createContext("/", site::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "sample-site");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return site;
    }

    /** e.g. {@code http://127.0.0.1:8090} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String host() {
        return "127.0.0.1";
    }

    public String feedUrl() {
        return baseUrl() + "/feed.xml";
    }

    public String sitemapUrl() {
        return baseUrl() + "/sitemap.xml";
    }

    public int pageCount() {
        return pages.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
            switch (path) {
                case "/robots.txt" -> send(exchange, 200, "text/plain; charset=utf-8",
                        ("User-agent: *\nAllow: /\nSitemap: " + sitemapUrl() + "\n").getBytes(StandardCharsets.UTF_8));
                case "/feed.xml" -> send(exchange, 200, "application/rss+xml; charset=utf-8", feed());
                case "/sitemap.xml" -> send(exchange, 200, "application/xml; charset=utf-8", sitemap());
                case "/", "/index.html" -> send(exchange, 200, "text/html; charset=utf-8", index());
                default -> {
                    Path page = path.startsWith("/news/") ? pages.get(path.substring("/news/".length())) : null;
                    if (page == null) {
                        send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                    } else {
                        // no charset parameter: the page's own bytes and meta tags must speak for themselves
                        send(exchange, 200, page.toString().endsWith(".html") ? "text/html" : "text/plain",
                                Files.readAllBytes(page));
                    }
                }
            }
        }
    }

    private String pageUrl(String name) {
        return baseUrl() + "/news/" + name;
    }

    private byte[] feed() throws IOException {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle("newsflow sample site");
        feed.setLink(baseUrl() + "/");
        feed.setDescription("Health-policy news pages bundled with newsflow for a local run");
        List<SyndEntry> entries = new ArrayList<>();
        int i = 0;
        for (String name : pages.keySet()) {
            if (i++ % 2 == 0) {
                SyndEntry entry = new SyndEntryImpl();
                entry.setTitle(name);
                entry.setLink(pageUrl(name));
                entry.setPublishedDate(Date.from(Instant.parse("2024-01-01T00:00:00Z")));
                SyndContentImpl description = new SyndContentImpl();
                description.setValue(name);
                entry.setDescription(description);
                entries.add(entry);
            }
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IOException("cannot write the sample feed", e);
        }
    }

    private byte[] sitemap() throws IOException {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String name : pages.keySet()) {
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(pageUrl(name));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the sample sitemap", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] index() {
        Document doc = Document.createShell(baseUrl() + "/");
        doc.title("newsflow sample site");
        Element list = doc.body().appendElement("ul");
        for (String name : pages.keySet()) {
            list.appendElement("li").appendElement("a").attr("href", "/news/" + name).text(name);
        }
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
