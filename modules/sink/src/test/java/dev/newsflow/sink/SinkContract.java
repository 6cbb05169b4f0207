package dev.newsflow.sink;

import static dev.newsflow.sink.TestRecords.JIUQUAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Stage;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topic;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import dev.newsflow.sink.consume.Batch;
import dev.newsflow.sink.consume.SinkLoop;
import dev.newsflow.sink.consume.SinkTopics;
import dev.newsflow.sink.query.NewsStore;
import dev.newsflow.sink.query.Stats;
import dev.newsflow.sink.store.Database;
import dev.newsflow.sink.store.StoreConfig;
import dev.newsflow.sink.store.StoreWriter;
import dev.newsflow.testkit.KafkaCluster;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sink end to end on a real broker and a real database, by one subclass per backend: a crash before the
 * offset commit, a database outage, and records the database refuses.
 */
abstract class SinkContract {

    static final Duration WAIT = Duration.ofSeconds(45);
    static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    final KafkaSettings kafka;
    TestStore store;
    Database database;
    SinkTopics topics;
    String group;

    SinkContract(KafkaCluster cluster) {
        Properties config = new Properties();
        config.setProperty("newsflow.topics.partitions", "2");
        this.kafka = KafkaSettings.from(config).withBootstrapServers(cluster.bootstrapServers());
    }

    abstract TestStore newStore();

    /** Makes the database unreachable for a sink using {@link Outage#sinkStore()}, then reachable again. */
    interface Outage extends AutoCloseable {
        StoreConfig sinkStore();

        void begin() throws Exception;

        void end() throws Exception;

        @Override
        void close() throws SQLException;
    }

    abstract Outage outage() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        store = newStore();
        database = Database.open(store.config());
        database.migrate();
        String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
        topics = new SinkTopics(prefix + "articles", prefix + "reform-events", prefix + "dead-letters");
        group = prefix + "sink";
        try (Admin admin = Admin.create(kafka.admin())) {
            new TopicProvisioner(admin, kafka).ensure(List.of(Topics.ARTICLES.renamed(topics.articles()),
                    Topics.REFORM_EVENTS.renamed(topics.events()), Topics.DEAD_LETTERS.renamed(topics.deadLetters())));
        }
    }

    @AfterEach
    void tearDown() {
        database.close();
        store.close();
    }

    @Test
    void aCrashBeforeTheOffsetCommitLosesAndDoublesNothing() throws Exception {
        for (int i = 0; i < 12; i++) {
            produce(Topics.ARTICLES, topics.articles(), "a" + i, article("a" + i));
            produce(Topics.REFORM_EVENTS, topics.events(), JIUQUAN.getAdcode(), event("e" + i, "a" + i, "MEDICAL_CONSORTIUM"));
        }

        // first life: every batch reaches the database, only the first one's offsets are committed, then it dies
        int handled = 0;
        Map<String, Object> config = kafka.consumer(group);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<String, DeadLetter> deadLetters = deadLetterProducer()) {
            consumer.subscribe(topics.subscribed(true));
            SinkLoop loop = new SinkLoop(consumer, deadLetters, new StoreWriter(database), topics, group, Duration.ofMillis(200));
            long deadline = System.nanoTime() + WAIT.toNanos();
            boolean committedOnce = false;
            while (handled < 24 && System.nanoTime() < deadline) {
                Batch batch = loop.poll();
                if (batch.isEmpty()) {
                    continue;
                }
                loop.store(batch);
                if (!committedOnce) {
                    loop.commit(batch);
                    committedOnce = true;
                }
                handled += batch.size();
            }
        }
        assertEquals(24, handled);
        assertEquals(12, count("SELECT COUNT(*) FROM articles"));
        long committedBefore = committed(topics.articles()) + committed(topics.events());
        assertTrue(committedBefore < 24, "only the first batch was committed, got " + committedBefore);

        // second life: reads from the last committed offsets again
        try (RunningSink sink = start(sinkSettings(store.config()))) {
            awaitCaughtUp(topics.articles(), topics.events());
            sink.assertHealthy();
        }
        assertEquals(12, count("SELECT COUNT(*) FROM articles"));
        assertEquals(24, count("SELECT COUNT(*) FROM article_removals"));
        assertEquals(12, count("SELECT COUNT(*) FROM article_mentions"));
        assertEquals(12, count("SELECT COUNT(*) FROM events"));
        assertEquals(24, count("SELECT COUNT(*) FROM event_indicators"));
        assertEquals(1, count("SELECT COUNT(*) FROM regions"));
        assertEquals("a7", new NewsStore(database).article("a7").orElseThrow().id());
    }

    @Test
    void whileTheDatabaseIsDownOffsetsStayAndTheSinkCatchesUpAfterwards() throws Exception {
        try (Outage outage = outage(); RunningSink sink = start(sinkSettings(outage.sinkStore()))) {
            for (int i = 0; i < 5; i++) {
                produce(Topics.ARTICLES, topics.articles(), "a" + i, article("a" + i));
            }
            Eventually.await("the first 5 articles", WAIT, () -> count("SELECT COUNT(*) FROM articles") == 5
                    && committed(topics.articles()) == 5);

            outage.begin();
            for (int i = 5; i < 10; i++) {
                produce(Topics.ARTICLES, topics.articles(), "a" + i, article("a" + i));
            }
            long failuresBefore = sink.service.failedAttempts();
            Eventually.await("two more failed attempts", WAIT, () -> sink.service.failedAttempts() >= failuresBefore + 2);
            assertTrue(sink.service.outage().isPresent(), "not ready while the database is down");
            assertTrue(sink.meters.get("newsflow.sink.attempts.failed").functionCounter().count() >= failuresBefore + 2);
            assertEquals(5, count("SELECT COUNT(*) FROM articles"));
            assertEquals(5, committed(topics.articles()), "offsets must not advance while the database is down");

            outage.end();
            Eventually.await("all 10 articles after the outage", WAIT, () -> count("SELECT COUNT(*) FROM articles") == 10
                    && committed(topics.articles()) == 10);
            sink.assertHealthy();
            assertEquals(Optional.empty(), sink.service.outage(), "ready again once a batch is stored");
            assertEquals(10.0, sink.meters.get("newsflow.sink.records.stored").functionCounter().count());
        }
        assertEquals(20, count("SELECT COUNT(*) FROM article_removals"));
    }

    @Test
    void aSinkStartedWhileTheDatabaseIsDownWaitsForIt() throws Exception {
        for (int i = 0; i < 3; i++) {
            produce(Topics.ARTICLES, topics.articles(), "a" + i, article("a" + i));
        }
        try (Outage outage = outage()) {
            outage.begin();
            try (RunningSink sink = start(sinkSettings(outage.sinkStore()))) {
                Eventually.await("two failed attempts", WAIT, () -> sink.service.failedAttempts() >= 2);
                assertEquals(0, count("SELECT COUNT(*) FROM articles"));
                assertEquals(0, committed(topics.articles()));
                outage.end();
                Eventually.await("the 3 articles", WAIT, () -> count("SELECT COUNT(*) FROM articles") == 3
                        && committed(topics.articles()) == 3);
                sink.assertHealthy();
            }
        }
    }

    @Test
    void refusedRecordsGoToDeadLettersAndTheRestOfTheBatchIsStored() throws Exception {
        Article refusedArticle = Article.newBuilder(article("bad-article"))
                .setRegion(TestRecords.region("某地", null, null, null, "62090")).build();
        ReformEvent refusedEvent = event("bad-event", "a1", "C".repeat(65));
        produce(Topics.ARTICLES, topics.articles(), "a1", article("a1"));
        produce(Topics.ARTICLES, topics.articles(), "bad-article", refusedArticle);
        produce(Topics.REFORM_EVENTS, topics.events(), JIUQUAN.getAdcode(), event("e1", "a1", "MEDICAL_CONSORTIUM"));
        produce(Topics.REFORM_EVENTS, topics.events(), JIUQUAN.getAdcode(), refusedEvent);
        byte[] garbage = "not an avro record".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(kafka.producer("test-raw"), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(topics.articles(), "garbage".getBytes(StandardCharsets.UTF_8), garbage)).get();
        }

        try (RunningSink sink = start(sinkSettings(store.config()))) {
            awaitCaughtUp(topics.articles(), topics.events());
            Eventually.await("the sink's dead letters read back", WAIT, () -> count("SELECT COUNT(*) FROM dead_letters") == 3);
            sink.assertHealthy();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM articles WHERE id = 'a1'"));
        assertEquals(0, count("SELECT COUNT(*) FROM articles WHERE id = 'bad-article'"));
        assertEquals(1, count("SELECT COUNT(*) FROM events WHERE event_id = 'e1'"));
        assertEquals(0, count("SELECT COUNT(*) FROM events WHERE event_id = 'bad-event'"));

        Map<String, DeadLetter> letters = readDeadLetters(3);
        DeadLetter article = letters.get("bad-article");
        assertEquals("sink", article.getStage());
        assertEquals(topics.articles(), article.getTopic());
        assertEquals(group, article.getApplication());
        assertTrue(article.getErrorMessage().contains("adcode"), article.getErrorMessage());
        assertArrayEquals(Topics.ARTICLES.valueSerde().serializer().serialize(topics.articles(), refusedArticle),
                bytes(article.getValue()), "the refused record's bytes travel unchanged");
        DeadLetter event = letters.get(JIUQUAN.getAdcode());
        assertEquals("sink", event.getStage());
        assertTrue(event.getErrorMessage().contains("64"), event.getErrorMessage()); // the limit; PostgreSQL does not name the column
        DeadLetter undecodable = letters.get("garbage");
        assertEquals("deserialize", undecodable.getStage());
        assertArrayEquals(garbage, bytes(undecodable.getValue()));

        Stats stats = new NewsStore(database).stats(null, null);
        assertEquals(List.of(new Stats.Count("sink", 2), new Stats.Count("deserialize", 1)), stats.deadLettersPerStage());
    }

    // --- helpers -----------------------------------------------------------------------------------------

    SinkSettings sinkSettings(StoreConfig storeConfig) {
        return new SinkSettings(storeConfig, group, 50, Duration.ofMillis(200), Duration.ofMillis(100), Duration.ofMillis(800), true);
    }

    static Article article(String id) {
        return TestRecords.article(id, JIUQUAN, DAY, "酒泉市深化公立医院改革 " + id, "近年来,酒泉市推进紧密型县域医共体建设。");
    }

    static ReformEvent event(String eventId, String articleId, String category) {
        return TestRecords.event(eventId, articleId, category, Stage.PROGRESS, JIUQUAN, DAY, "酒泉市推进紧密型县域医共体建设");
    }

    <V> void produce(Topic<String, V> topic, String name, String key, V value) throws Exception {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(kafka.producer("test-producer"),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(name, key, value)).get();
        }
    }

    KafkaProducer<String, DeadLetter> deadLetterProducer() {
        return new KafkaProducer<>(kafka.producer("test-dead-letters"), Topics.DEAD_LETTERS.keySerde().serializer(),
                Topics.DEAD_LETTERS.valueSerde().serializer());
    }

    long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Sum of the group's committed offsets on a topic. */
    long committed(String topic) throws Exception {
        try (Admin admin = Admin.create(kafka.admin())) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        }
    }

    /** Sum of the topic's end offsets. */
    long end(String topic) throws Exception {
        try (Admin admin = Admin.create(kafka.admin())) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (int partition = 0; partition < kafka.partitions(); partition++) {
                request.put(new TopicPartition(topic, partition), OffsetSpec.latest());
            }
            return admin.listOffsets(request).all().get().values().stream().mapToLong(info -> info.offset()).sum();
        }
    }

    void awaitCaughtUp(String... topicNames) throws Exception {
        for (String topic : topicNames) {
            long end = end(topic);
            Eventually.await("offsets committed to the end of " + topic, WAIT, () -> committed(topic) == end);
        }
    }

    Map<String, DeadLetter> readDeadLetters(int expected) {
        Map<String, DeadLetter> letters = new HashMap<>();
        try (KafkaConsumer<String, DeadLetter> consumer = new KafkaConsumer<>(kafka.consumer(group + "-reader"),
                Topics.DEAD_LETTERS.keySerde().deserializer(), Topics.DEAD_LETTERS.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topics.deadLetters()));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (letters.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, DeadLetter> record : consumer.poll(Duration.ofMillis(200))) {
                    letters.put(record.key(), record.value());
                }
            }
        }
        assertEquals(expected, letters.size(), "dead letters: " + letters.keySet());
        return letters;
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }

    RunningSink start(SinkSettings settings) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        return new RunningSink(new SinkService(settings, kafka, topics).bindMetrics(meters), meters);
    }

    /** A sink running on its own thread, as in production, stopped by close(). */
    static final class RunningSink implements AutoCloseable {
        private final SinkService service;
        private final SimpleMeterRegistry meters;
        private final Thread thread;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        RunningSink(SinkService service, SimpleMeterRegistry meters) {
            this.service = service;
            this.meters = meters;
            this.thread = new Thread(() -> {
                try {
                    service.run();
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "sink-under-test");
            thread.start();
        }

        void assertHealthy() {
            assertNull(failure.get(), () -> "the sink failed: " + failure.get());
            assertTrue(thread.isAlive(), "the sink stopped by itself");
        }

        @Override
        public void close() {
            service.close();
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
