package dev.newsflow.crawl.kafka;

import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.crawl.Crawler;
import dev.newsflow.crawl.FixtureServer;
import dev.newsflow.crawl.fetch.FetchSettings;
import dev.newsflow.crawl.site.CrawlSettings;
import dev.newsflow.crawl.site.Site;
import dev.newsflow.crawl.site.UrlScope;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topic;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import dev.newsflow.testkit.KafkaCluster;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * What the crawl integration tests share: the project's Kafka settings pointed at the test cluster, a
 * private copy of {@code raw-pages} and {@code crawl-state} per test (registry topics renamed with a unique
 * suffix and provisioned like production ones, so tests never see each other's records), crawlers wired the
 * way {@code newsflow crawl} wires them, and read_committed readers of both topics.
 */
final class KafkaCrawlHarness {

    /** Long enough for a slow machine; a test waiting this long has failed. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    final KafkaSettings settings;
    final Topic<String, RawPage> rawPages;
    final Topic<String, CrawlState> crawlState;
    final String group;

    KafkaCrawlHarness(KafkaCluster cluster, String testName, int partitions) {
        Properties config = new Properties();
        config.setProperty("newsflow.topics.partitions", Integer.toString(partitions));
        this.settings = KafkaSettings.from(config).withBootstrapServers(cluster.bootstrapServers());
        String suffix = "." + testName + "." + UUID.randomUUID().toString().substring(0, 8);
        this.rawPages = Topics.RAW_PAGES.renamed(Topics.RAW_PAGES.name() + suffix);
        this.crawlState = Topics.CRAWL_STATE.renamed(Topics.CRAWL_STATE.name() + suffix);
        this.group = "newsflow-crawl" + suffix;
        try (Admin admin = Admin.create(settings.admin())) {
            new TopicProvisioner(admin, settings).ensure(List.of(rawPages, crawlState));
        }
    }

    /** Test-speed settings: politeness of a few milliseconds, the loopback fixture hosts let through. */
    static CrawlSettings fastSettings(String userAgent, Set<String> allowHosts) {
        FetchSettings fetch = new FetchSettings(userAgent, Duration.ofSeconds(2), Duration.ofSeconds(5), 5,
                64 * 1024, 1, Duration.ofMillis(5), Duration.ofMillis(50));
        return new CrawlSettings(fetch, null, Duration.ofHours(1), Duration.ofMillis(5), Duration.ofMillis(30), 4, 3,
                Duration.ofMillis(50), true, allowHosts);
    }

    /** A site on one fixture server: its hub page links to {@code articles} pages, all served. */
    static Site hubSite(FixtureServer server, String id, int articles) {
        StringBuilder hub = new StringBuilder("<html><body>");
        for (int i = 1; i <= articles; i++) {
            server.html("/news/" + i + ".html", "<html><body>" + id + " article " + i + "</body></html>");
            hub.append("<a href=\"/news/").append(i).append(".html\">").append(i).append("</a>");
        }
        server.html("/news/", hub.append("</body></html>").toString());
        return new Site(id, List.of(server.url("/news/")), List.of(), List.of(),
                new UrlScope(List.of(Pattern.compile("/news/")), List.of(), Set.of(host(server))), 1,
                Duration.ofHours(1), null, false);
    }

    static String host(FixtureServer server) {
        return URI.create(server.base()).getHost();
    }

    /** A crawler on this test's topics and group, built as the CLI builds it. */
    Crawler crawler(CrawlSettings crawlSettings, List<Site> sites) {
        return Crawler.builder()
                .settings(crawlSettings)
                .sites(sites)
                .frontierStore(store(group))
                .publisher(new KafkaPagePublisher(settings.producer(group + "-pages"), rawPages.name(),
                        Duration.ofSeconds(30)))
                .build();
    }

    /** A store on this test's crawl-state topic; it joins {@code groupId} only once polled. */
    KafkaFrontierStore store(String groupId) {
        return new KafkaFrontierStore(settings.producer(groupId + "-state"), settings.consumer(groupId),
                crawlState.name());
    }

    /** A crawler running on its own thread until stopped. */
    static final class Running {
        private final Crawler crawler;
        private final Thread thread;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Running(Crawler crawler, String name) {
            this.crawler = crawler;
            this.thread = new Thread(() -> {
                try {
                    crawler.run();
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, name);
            thread.start();
        }

        /** Closes the crawler (fetches in flight finish and are stored) and fails if its run failed. */
        void stop() throws InterruptedException {
            crawler.close();
            thread.join(PATIENCE.toMillis());
            if (thread.isAlive()) {
                throw new AssertionError(thread.getName() + " did not stop");
            }
            if (failure.get() != null) {
                throw new AssertionError(thread.getName() + " failed", failure.get());
            }
        }
    }

    /**
     * Reads {@code raw-pages} from the beginning with read_committed until the records read satisfy the
     * condition; returns them in topic order per partition.
     */
    List<ConsumerRecord<String, RawPage>> readPagesUntil(Predicate<List<ConsumerRecord<String, RawPage>>> done) {
        return readUntil(rawPages, done);
    }

    /** The same for {@code crawl-state}. */
    List<ConsumerRecord<String, CrawlState>> readStatesUntil(Predicate<List<ConsumerRecord<String, CrawlState>>> done) {
        return readUntil(crawlState, done);
    }

    private <V> List<ConsumerRecord<String, V>> readUntil(Topic<String, V> topic,
                                                          Predicate<List<ConsumerRecord<String, V>>> done) {
        Map<String, Object> props = settings.consumer("reader-" + UUID.randomUUID());
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!done.test(records)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("gave up waiting on " + topic.name() + " after " + records.size()
                            + " records: " + records.stream().map(ConsumerRecord::key).toList());
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /** Every record on {@code raw-pages} up to its current end, read with read_committed. */
    List<ConsumerRecord<String, RawPage>> allPages() {
        return readAll(rawPages);
    }

    /** Every record on {@code crawl-state} up to its current end. */
    List<ConsumerRecord<String, CrawlState>> allStates() {
        return readAll(crawlState);
    }

    private <V> List<ConsumerRecord<String, V>> readAll(Topic<String, V> topic) {
        Map<String, Object> props = settings.consumer("reader-" + UUID.randomUUID());
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic.name() + " to its end " + ends);
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /** Waits for a condition that some other thread makes true. */
    static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(5);
        }
    }
}
