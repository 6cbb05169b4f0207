package dev.newsflow.app;

import dev.newsflow.app.demo.SampleSite;
import dev.newsflow.crawl.CrawlEvent;
import dev.newsflow.crawl.Crawler;
import dev.newsflow.crawl.site.SiteList;
import dev.newsflow.crawl.site.SiteListLoader;
import dev.newsflow.kafka.DataDirectory;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.sink.SinkService;
import dev.newsflow.sink.query.NewsStore;
import dev.newsflow.sink.query.Stats;
import dev.newsflow.sink.store.Database;
import dev.newsflow.sink.store.StoreConfig;
import dev.newsflow.stream.aggregate.Granularity;
import dev.newsflow.stream.aggregate.SiteCount;
import dev.newsflow.stream.runtime.KafkaConnection;
import dev.newsflow.stream.runtime.StreamApplication;
import dev.newsflow.web.WebSettings;
import dev.newsflow.web.cli.InProcessDashboard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow run}: every piece in one process. On a fresh machine with no configuration it starts the
 * embedded broker, serves the bundled sample site on loopback, crawls it with the real crawler, runs the
 * Streams topology, sinks into the embedded store and serves the dashboard. With a configuration file the
 * same pieces run against a real cluster, PostgreSQL and the sites of {@code --sites}; each piece can also
 * run as its own process ({@code crawl}, {@code stream}, {@code sink}, {@code serve}) to scale out.
 * Running it again continues where it stopped: the crawler's frontier, Streams' offsets and the sink's
 * offsets live in Kafka, and the store's writes are idempotent upserts.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run everything in one process: broker (embedded unless kafka.bootstrap.servers is set), crawler,",
                "Streams topology, sink and dashboard. Without --sites it crawls the bundled sample site on localhost.",
                "Prints the dashboard URL and a progress line; Ctrl-C stops everything cleanly."})
final class RunCommand implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOptions config;

    @Option(names = "--port", paramLabel = "PORT", description = "Dashboard port (default: newsflow.web.port, else 8080).")
    Integer port;

    @Option(names = {"-s", "--sites"}, paramLabel = "FILE", description = "Site list to crawl instead of the bundled sample site.")
    Path siteFile;

    @Option(names = "--progress-every", paramLabel = "DURATION", defaultValue = "PT5S",
            description = "How often to print the progress line (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration progressEvery;

    @Override
    public void run() {
        Properties props = config.load();
        Deque<AutoCloseable> running = new ArrayDeque<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            System.err.println("newsflow run: stopping...");
            closeAll(running);
            stopped.countDown();
        }, "run-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            KafkaConnection kafka = push(running, KafkaConnection.open(props));
            Properties withKafka = new Properties();
            withKafka.putAll(props);
            withKafka.setProperty("kafka.bootstrap.servers", kafka.settings().bootstrapServers());

            SiteList sites = siteFile != null ? new SiteListLoader().load(siteFile) : sampleSites(push(running,
                    SampleSite.start(Path.of(System.getProperty("newsflow.home", ".")).resolve("eval"),
                            Integer.parseInt(props.getProperty("newsflow.sample-site.port", "8090")))),
                    DataDirectory.of(props));

            StreamApplication streams = push(running, StreamApplication.start(withKafka, PageProcessor.withDefaults()));
            SinkService sink = push(running, new SinkService(withKafka, kafka.settings()));
            startDaemon("sink", sink::run);
            WebSettings web = WebSettings.from(withKafka);
            InProcessDashboard dashboard = push(running,
                    InProcessDashboard.start(withKafka, port == null ? web : web.withPort(port), streams));

            AtomicLong crawled = new AtomicLong();
            Crawler crawler = push(running, CrawlCommand.crawler(sites, kafka.settings(), "newsflow-crawl")
                    .listener(event -> countFetched(event, crawled))
                    .build());
            startDaemon("crawler", () -> {
                try {
                    crawler.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });

            NewsStore store = new NewsStore(push(running, Database.open(StoreConfig.from(withKafka))));
            System.out.println("newsflow run: dashboard at " + dashboard.server().uri() + " (Ctrl-C stops everything)");
            ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> daemon("progress", r));
            running.push(progress::shutdownNow);
            progress.scheduleAtFixedRate(() -> printProgress(crawled.get(), store, streams), progressEvery.toMillis(),
                    progressEvery.toMillis(), TimeUnit.MILLISECONDS);
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException e) {
            log.error("newsflow run could not start: {}", e.getMessage(), e);
            System.err.println("newsflow run: " + e.getMessage());
            closeAll(running);
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /*
     * The sample site listens on a fixed port (newsflow.sample-site.port, default 8090): its URLs are the
     * article ids, so a second run must see the same URLs to continue instead of duplicating.
     */

    /** The bundled sample site as a site list: its front page, feed and sitemap, polite but quick. */
    static SiteList sampleSites(SampleSite site, Path dataDir) throws IOException {
        String yaml = """
                crawler:
                  politenessDelay: 50ms
                  allowHosts: [%s]
                sites:
                  - id: sample
                    seeds: [%s/]
                    feeds: [%s]
                    sitemaps: [%s]
                    depth: 1
                    refetchInterval: 10m
                """.formatted(site.host(), site.baseUrl(), site.feedUrl(), site.sitemapUrl());
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("sample-sites.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return new SiteListLoader().load(file);
    }

    private static void countFetched(CrawlEvent event, AtomicLong crawled) {
        // pages, not the feeds and sitemaps that led to them
        if (event.status() == 200 && !"feed".equals(event.kind()) && !"sitemap".equals(event.kind())) {
            crawled.incrementAndGet();
        }
    }

    /**
     * Articles and events as stored (all of them, dated or not); spam, duplicates and dead letters as the
     * topology counted them (Interactive Queries over its daily windows), since quarantined spam never
     * reaches the store.
     */
    private static void printProgress(long crawled, NewsStore store, StreamApplication streams) {
        try {
            Stats.Totals totals = store.stats(null, null).totals();
            long spam = 0;
            long duplicates = 0;
            long deadLetters = 0;
            Instant now = Instant.now();
            for (SiteCount site : streams.aggregates().siteCounts(Granularity.DAY, now.minus(Duration.ofDays(2)), now)) {
                spam += site.spam();
                duplicates += site.duplicates();
                deadLetters += site.deadLetters();
            }
            System.out.printf("pages crawled %d, articles %d, events %d, spam %d, duplicates %d, dead letters %d (streams %s)%n",
                    crawled, totals.articles(), totals.events(), spam, duplicates, deadLetters, streams.state());
        } catch (RuntimeException e) {
            System.out.printf("pages crawled %d (counts not readable yet: %s)%n", crawled, e.getMessage());
        }
    }

    private static <T extends AutoCloseable> T push(Deque<AutoCloseable> running, T piece) {
        running.push(piece);
        return piece;
    }

    private static void closeAll(Deque<AutoCloseable> running) {
        synchronized (running) {
            while (!running.isEmpty()) {
                AutoCloseable piece = running.pop();
                try {
                    piece.close();
                } catch (Exception e) {
                    log.warn("Closing {} failed: {}", piece, e.toString());
                }
            }
        }
    }

    private static void startDaemon(String name, Runnable body) {
        daemon(name, body).start();
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }
}
