package dev.newsflow.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.broker.BrokerSettings;
import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.QuarantinedPage;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.serde.AvroSerde;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import dev.newsflow.stream.bench.PageCorpus;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No loss and no duplicates under failure: the application runs in a JVM of its own, is killed with SIGKILL
 * twice while it works through a few thousand pages, and the broker (the project's embedded broker, which
 * keeps its log across restarts) is restarted once under it. At the end every input page is accounted for
 * exactly once: one article (or one duplicate link), one quarantine record or one dead letter, and no event
 * id twice.
 */
class CrashRecoveryIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(CrashRecoveryIntegrationTest.class);
    private static final int PAGES = 2400;
    private static final int BAD_EVERY = 97;
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private EmbeddedKafkaBroker broker;
    private Process app;
    private String classpath;
    private final List<AutoCloseable> readers = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        for (AutoCloseable reader : readers) {
            reader.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyPageIsAccountedForExactlyOnceAcrossCrashesAndABrokerRestart() throws Exception {
        broker = EmbeddedKafkaBroker.start(BrokerSettings.defaults(dir.resolve("kafka"))
                .withPorts(portOutsideEphemeralRange(), portOutsideEphemeralRange()));
        KafkaSettings kafka = KafkaSettings.from(new Properties()).withBootstrapServers(broker.bootstrapServers());
        try (Admin admin = Admin.create(kafka.admin())) {
            new TopicProvisioner(admin, kafka).ensure(Topics.all());
        }
        PageCorpus corpus = PageCorpus.fromEvalDir(Corpus.EVAL, 42);
        AvroSerde<RawPage> serde = AvroSerde.of(RawPage.class);
        Set<String> goodUrls = new HashSet<>();
        Set<String> badUrls = new HashSet<>();
        List<ProducerRecord<byte[], byte[]>> input = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            if (i % BAD_EVERY == 0) {
                String url = "https://bad.example.cn/" + i;
                badUrls.add(url);
                input.add(new ProducerRecord<>(Topics.RAW_PAGES.name(), bytes(url), ("not a page " + i).getBytes(StandardCharsets.UTF_8)));
            } else {
                RawPage page = corpus.page("crash", i);
                goodUrls.add(page.getUrl());
                input.add(new ProducerRecord<>(Topics.RAW_PAGES.name(), bytes(page.getUrl()), serde.serialize("raw-pages", page)));
            }
        }
        Accounting accounting = new Accounting(kafka);

        produce(kafka, input.subList(0, PAGES / 2));
        app = launch(kafka);
        accounting.awaitAccounted(PAGES / 6, WAIT);
        kill("first");

        app = launch(kafka);
        produce(kafka, input.subList(PAGES / 2, PAGES));
        accounting.awaitAccounted(PAGES / 3, WAIT);
        log.info("Restarting the broker under the running application");
        BrokerSettings settings = broker.settings();
        broker.close();
        broker = EmbeddedKafkaBroker.start(settings);
        accounting.awaitAccounted(PAGES / 2, WAIT);
        kill("second");

        app = launch(kafka);
        accounting.awaitAccounted(PAGES, Duration.ofSeconds(150));
        accounting.settle(Duration.ofSeconds(3));
        app.destroy(); // SIGTERM: the clean way out
        assertTrue(app.waitFor(60, TimeUnit.SECONDS), "the application stops on SIGTERM");

        accounting.verify(goodUrls, badUrls);
    }

    /**
     * A free port below the kernel's ephemeral range (32768 and up on Linux): the broker restarts on the same
     * ports, and a port from the ephemeral range can be taken meanwhile as the local end of any outgoing
     * connection on the machine.
     */
    private static int portOutsideEphemeralRange() throws IOException {
        Random random = new Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port in 20000-32000");
    }

    private void kill(String which) throws InterruptedException {
        log.info("Killing the application ({} time) with SIGKILL", which);
        app.destroyForcibly(); // SIGKILL on Unix: no shutdown hook runs
        assertTrue(app.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, app.exitValue(), "killed by SIGKILL");
    }

    private Process launch(KafkaSettings kafka) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-cp", classpath(), StreamProcess.class.getName(),
                "kafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "newsflow.stream.state-dir=" + dir.resolve("streams"),
                "newsflow.stream.application-id=crash-test",
                "kafka.streams.commit.interval.ms=200",
                // one thread: what is under test is recovery, and a single member restarts fastest
                "newsflow.stream.threads=1",
                // Restart in place: the same member takes its partitions back at once, no session timeout to wait out.
                "kafka.streams.group.instance.id=crash-test-instance",
                "kafka.consumer.session.timeout.ms=10000"));
        File logFile = Path.of("target", "crash-test-app.log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile)).start();
        log.info("Launched the application, pid {}", process.pid());
        return process;
    }

    /**
     * The test's classpath with its directories copied once into the test's own folder, so that every launch
     * runs the same code even if a module's classes are rebuilt while the test runs (jars are immutable).
     */
    private String classpath() throws IOException {
        if (classpath == null) {
            List<String> entries = new ArrayList<>();
            int n = 0;
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path source = Path.of(entry);
                if (Files.isDirectory(source)) {
                    Path copy = dir.resolve("classpath").resolve(Integer.toString(n++));
                    try (var files = Files.walk(source)) {
                        for (Path file : (Iterable<Path>) files::iterator) {
                            Path target = copy.resolve(source.relativize(file).toString());
                            if (Files.isDirectory(file)) {
                                Files.createDirectories(target);
                            } else {
                                Files.copy(file, target);
                            }
                        }
                    }
                    entries.add(copy.toString());
                } else {
                    entries.add(entry);
                }
            }
            classpath = String.join(File.pathSeparator, entries);
        }
        return classpath;
    }

    private static void produce(KafkaSettings kafka, List<ProducerRecord<byte[], byte[]>> records) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producer("crash-test-feeder"),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<byte[], byte[]> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads every output topic (read_committed) and keeps count. */
    private final class Accounting {
        private final TopicReader<String, Article> articles;
        private final TopicReader<String, QuarantinedPage> quarantine;
        private final TopicReader<String, DeadLetter> deadLetters;
        private final TopicReader<String, ReformEvent> events;

        Accounting(KafkaSettings kafka) {
            articles = new TopicReader<>(kafka, Topics.ARTICLES);
            quarantine = new TopicReader<>(kafka, Topics.QUARANTINED_PAGES);
            deadLetters = new TopicReader<>(kafka, Topics.DEAD_LETTERS);
            events = new TopicReader<>(kafka, Topics.REFORM_EVENTS);
            readers.addAll(List.of(articles, quarantine, deadLetters, events));
        }

        int accounted() {
            Set<String> pages = new HashSet<>();
            articles.until(seen -> true, Duration.ZERO).forEach(r -> pages.add(r.value().getUrl()));
            quarantine.until(seen -> true, Duration.ZERO).forEach(r -> pages.add(r.key()));
            deadLetters.until(seen -> true, Duration.ZERO).forEach(r -> pages.add(r.key()));
            return pages.size();
        }

        void awaitAccounted(int pages, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            int count;
            while ((count = poll()) < pages) {
                assertTrue(System.nanoTime() < deadline, "only " + count + " of " + pages + " pages accounted for in " + timeout);
                assertFalse(app != null && !app.isAlive(), "the application died on its own");
            }
            log.info("{} pages accounted for", count);
        }

        private int poll() {
            articles.settle(Duration.ofMillis(300));
            quarantine.settle(Duration.ofMillis(100));
            deadLetters.settle(Duration.ofMillis(100));
            return accounted();
        }

        void settle(Duration quiet) {
            articles.settle(quiet);
            quarantine.settle(quiet);
            deadLetters.settle(quiet);
            events.settle(quiet);
        }

        void verify(Set<String> goodUrls, Set<String> badUrls) {
            Map<String, Integer> outcomes = new HashMap<>();
            Map<String, List<Article>> versions = new HashMap<>();
            Set<String> duplicateIds = new HashSet<>();
            for (ConsumerRecord<String, Article> r : articles.settle(Duration.ZERO)) {
                versions.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value());
                if (r.value().getDuplicateOf() != null) {
                    duplicateIds.add(r.key());
                }
            }
            for (Map.Entry<String, List<Article>> e : versions.entrySet()) {
                List<Article> list = e.getValue();
                outcomes.merge(list.get(0).getUrl(), 1, Integer::sum);
                if (duplicateIds.contains(e.getKey())) {
                    assertEquals(1, list.size(), "a duplicate is linked once: " + list.get(0).getUrl());
                } else {
                    for (int i = 1; i < list.size(); i++) {
                        assertTrue(list.get(i).getMentions().size() > list.get(i - 1).getMentions().size(),
                                "a canonical article is published again only with a new mention: " + list.get(0).getUrl() + " "
                                        + list.stream().map(a -> a.getMentions() + "@" + a.getProcessedAt()).toList());
                    }
                }
            }
            for (ConsumerRecord<String, QuarantinedPage> r : quarantine.settle(Duration.ZERO)) {
                outcomes.merge(r.key(), 1, Integer::sum);
            }
            for (ConsumerRecord<String, DeadLetter> r : deadLetters.settle(Duration.ZERO)) {
                outcomes.merge(r.key(), 1, Integer::sum);
                assertTrue(badUrls.contains(r.key()), "only the bad records are dead letters: " + r.key() + " " + r.value().getErrorMessage());
            }
            Set<String> all = new HashSet<>(goodUrls);
            all.addAll(badUrls);
            assertEquals(all, outcomes.keySet(), "every page has an outcome, and nothing else does");
            outcomes.forEach((url, n) -> assertEquals(1, n, "exactly one outcome for " + url));

            Set<String> eventIds = new HashSet<>();
            Set<String> withEvents = new HashSet<>();
            for (ConsumerRecord<String, ReformEvent> r : events.settle(Duration.ZERO)) {
                assertTrue(eventIds.add(r.value().getEventId()), "event " + r.value().getEventId() + " published twice");
                assertFalse(duplicateIds.contains(r.value().getArticleId()), "a duplicate published events");
                withEvents.add(r.value().getArticleId());
            }
            for (Map.Entry<String, List<Article>> e : versions.entrySet()) {
                if (!duplicateIds.contains(e.getKey()) && e.getValue().get(0).getRelevant()) {
                    assertTrue(withEvents.contains(e.getKey()), "a relevant canonical article has its events: " + e.getKey());
                }
            }
            log.info("Verified {} pages: {} articles ({} duplicates), {} quarantined, {} dead letters, {} events",
                    all.size(), versions.size(), duplicateIds.size(), quarantine.settle(Duration.ZERO).size(),
                    badUrls.size(), eventIds.size());
        }
    }
}
