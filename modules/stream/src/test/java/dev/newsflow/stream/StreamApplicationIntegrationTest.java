package dev.newsflow.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.QuarantinedPage;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.serde.AvroSerde;
import dev.newsflow.extract.ExtractedEvent;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topics;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.pipeline.PageSource;
import dev.newsflow.pipeline.ProcessedPage;
import dev.newsflow.stream.dlq.DeadLetterArchive;
import dev.newsflow.stream.cli.QuarantineCommand;
import dev.newsflow.stream.dlq.DeadLetters;
import dev.newsflow.stream.quarantine.QuarantineArchive;
import dev.newsflow.stream.runtime.StreamApplication;
import dev.newsflow.testkit.KafkaCluster;
import dev.newsflow.testkit.KafkaClusterExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The application against a real broker, exactly-once, outputs read with read_committed. */
@ExtendWith(KafkaClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StreamApplicationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int LARGE_VALUE_LIMIT = 32 * 1024 * 1024;

    private final KafkaSettings kafka;
    private final PageProcessor pages = PageProcessor.withDefaults();
    private final AvroSerde<RawPage> rawSerde = AvroSerde.of(RawPage.class);
    private StreamApplication app;

    @TempDir
    static Path stateDir;

    StreamApplicationIntegrationTest(KafkaCluster cluster) {
        this.kafka = KafkaSettings.from(new Properties()).withBootstrapServers(cluster.bootstrapServers());
    }

    @BeforeAll
    void startApplication() throws Exception {
        try (Admin admin = Admin.create(kafka.admin())) {
            // raw-pages accepts a 20 MB record here, so that the size limit under test is the pipeline's own
            admin.createTopics(List.of(new NewTopic(Topics.RAW_PAGES.name(), 3, (short) 1)
                    .configs(Map.of("max.message.bytes", Integer.toString(LARGE_VALUE_LIMIT))))).all().get();
        }
        app = start(config(1_000_000));
    }

    private Properties config(int maxRecordBytes) {
        Properties config = new Properties();
        config.setProperty("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.setProperty("newsflow.stream.state-dir", stateDir.toString());
        config.setProperty("newsflow.stream.category-topics", "TCM,DIGITAL_HEALTH");
        config.setProperty("newsflow.stream.max-record-bytes", Integer.toString(maxRecordBytes));
        config.setProperty("kafka.streams.commit.interval.ms", "200");
        return config;
    }

    private StreamApplication start(Properties config) throws InterruptedException {
        StreamApplication started = StreamApplication.start(config, pages);
        assertTrue(started.awaitReady(WAIT), "RUNNING");
        return started;
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theSeedsYieldTheirLabelledEventsOnReformEvents() throws Exception {
        JsonNode labels = new ObjectMapper().readTree(Corpus.EVAL.resolve("seeds/seed-labels.json").toFile());
        Map<String, ProcessedPage> expected = new HashMap<>();
        Map<String, JsonNode> labelOf = new HashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (JsonNode label : labels.get("pages")) {
                Path file = Corpus.EVAL.resolve("seeds").resolve(label.get("file").asText());
                RawPage page = Corpus.rawPage(file, "https://seeds.example.cn/" + file.getFileName());
                ProcessedPage offline = offline(page);
                expected.put(offline.articleId(), offline);
                labelOf.put(offline.articleId(), label);
                producer.send(record(page)).get();
            }
        }
        Set<String> expectedEventIds = expected.values().stream()
                .flatMap(p -> p.extraction().events().stream()).map(ExtractedEvent::eventId).collect(Collectors.toSet());
        try (TopicReader<String, ReformEvent> events = new TopicReader<>(kafka, Topics.REFORM_EVENTS)) {
            List<ConsumerRecord<String, ReformEvent>> out = events.until(seen -> ids(seen).containsAll(expectedEventIds), WAIT);
            out = events.settle(Duration.ofSeconds(2));
            List<ConsumerRecord<String, ReformEvent>> ours = out.stream()
                    .filter(r -> expected.containsKey(r.value().getArticleId())).toList();
            assertEquals(expectedEventIds, ids(ours), "exactly the pipeline's events");
            assertEquals(ours.size(), ids(ours).size(), "each event once");
            for (ConsumerRecord<String, ReformEvent> r : ours) {
                assertEquals(r.value().getRegion().getAdcode(), r.key());
            }
            for (Map.Entry<String, JsonNode> label : labelOf.entrySet()) {
                Set<String> categories = ours.stream().filter(r -> r.value().getArticleId().equals(label.getKey()))
                        .map(r -> r.value().getCategory()).collect(Collectors.toCollection(TreeSet::new));
                for (JsonNode category : label.getValue().get("categories")) {
                    assertTrue(categories.contains(category.asText()),
                            label.getValue().get("file").asText() + " reports " + category + "; got " + categories);
                }
            }
            try (TopicReader<String, ReformEvent> tcm = new TopicReader<>(kafka, Topics.reformEventsOf("TCM"))) {
                Set<String> expectedTcm = ours.stream().filter(r -> r.value().getCategory().equals("TCM"))
                        .map(r -> r.value().getEventId()).collect(Collectors.toSet());
                assertTrue(!expectedTcm.isEmpty());
                assertEquals(expectedTcm, ids(tcm.until(seen -> ids(seen).containsAll(expectedTcm), WAIT)));
            }
        }
        try (TopicReader<String, Article> articles = new TopicReader<>(kafka, Topics.ARTICLES)) {
            List<ConsumerRecord<String, Article>> out = articles.until(
                    seen -> seen.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(expected.keySet()), WAIT);
            for (ConsumerRecord<String, Article> r : out) {
                if (expected.containsKey(r.key())) {
                    assertEquals(labelOf.get(r.key()).get("region").get("adcode").asText(), r.value().getRegion().getAdcode());
                    assertNull(r.value().getDuplicateOf());
                }
            }
        }
    }

    @Test
    @Order(2)
    void badRecordsAreDeadLetteredAndTheNextGoodRecordIsProcessed() throws Exception {
        byte[] junk = new byte[2048];
        new Random(11).nextBytes(junk);
        byte[] unknownSchema = rawSerde.serialize("t", Corpus.rawPage(Corpus.seed("001_"), "https://bad.example.cn/schema"));
        ByteBuffer.wrap(unknownSchema, 2, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(0x0badf00d0badf00dL);
        byte[] twentyMb = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(twentyMb, (byte) 'x');
        byte[] noText = ("<html><body>" + "<div>".repeat(20_000) + "</div>".repeat(20_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        RawPage good = Corpus.rawPage(Corpus.devPage("009_changxing_yiyang_jiehe.html"), "https://good.example.cn/9.html");
        Map<String, String> stageOfUrl = Map.of(
                "https://bad.example.cn/junk", DeadLetters.DESERIALIZE,
                "https://bad.example.cn/schema", DeadLetters.DESERIALIZE,
                "https://bad.example.cn/20mb", DeadLetters.CLEAN,
                "https://bad.example.cn/no-text", DeadLetters.CLEAN);
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), bytes("https://bad.example.cn/junk"), junk)).get();
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), bytes("https://bad.example.cn/schema"), unknownSchema)).get();
            producer.send(record(Corpus.rawPage(twentyMb, "https://bad.example.cn/20mb", "text/html"))).get();
            producer.send(record(Corpus.rawPage(noText, "https://bad.example.cn/no-text", "text/html"))).get();
            producer.send(record(good)).get();
        }
        try (TopicReader<String, DeadLetter> letters = new TopicReader<>(kafka, Topics.DEAD_LETTERS)) {
            List<ConsumerRecord<String, DeadLetter>> out = letters.until(
                    seen -> keys(seen).containsAll(stageOfUrl.keySet()), WAIT);
            for (ConsumerRecord<String, DeadLetter> r : out) {
                if (stageOfUrl.containsKey(r.key())) {
                    assertEquals(stageOfUrl.get(r.key()), r.value().getStage(), r.key() + ": " + r.value().getErrorMessage());
                    assertEquals(Topics.RAW_PAGES.name(), r.value().getTopic());
                }
            }
            assertEquals(stageOfUrl.size(), out.stream().filter(r -> stageOfUrl.containsKey(r.key())).count(), "one dead letter each");
        }
        String goodId = offline(good).articleId();
        try (TopicReader<String, Article> articles = new TopicReader<>(kafka, Topics.ARTICLES)) {
            assertTrue(keys(articles.until(seen -> keys(seen).contains(goodId), WAIT)).contains(goodId));
        }
    }

    @Test
    @Order(3)
    void aDeadLetterReplayedAfterAFixIsProcessed() throws Exception {
        app.close();
        app = start(config(20_000)); // a limit too tight for a long article
        RawPage longArticle = Corpus.rawPage(Corpus.seed("003_"), "https://long.example.cn/3.html");
        String id = offline(longArticle).articleId();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(record(longArticle)).get();
        }
        try (TopicReader<String, DeadLetter> letters = new TopicReader<>(kafka, Topics.DEAD_LETTERS)) {
            List<ConsumerRecord<String, DeadLetter>> out = letters.until(seen -> keys(seen).contains(longArticle.getUrl()), WAIT);
            assertEquals(DeadLetters.PRODUCE, out.stream().filter(r -> r.key().equals(longArticle.getUrl()))
                    .findFirst().orElseThrow().value().getStage());
        }
        app.close();
        app = start(config(1_000_000)); // the fix
        DeadLetterArchive archive = new DeadLetterArchive(kafka);
        DeadLetterArchive.Replay replay = archive.replay(e -> longArticle.getUrl().equals(e.key()));
        assertEquals(1, replay.replayed().size());
        try (TopicReader<String, Article> articles = new TopicReader<>(kafka, Topics.ARTICLES)) {
            assertTrue(keys(articles.until(seen -> keys(seen).contains(id), WAIT)).contains(id));
        }
    }

    @Test
    @Order(4)
    void anOperatorAuditsTheQuarantineAndReleasesAFalsePositive() throws Exception {
        // A real report on a crackdown reads like the spam it reports on; next to it, real spam.
        String report = String.join("\n\n",
                "百家乐 六合彩 网络赌博 办证",
                "警方捣毁百家乐六合彩网络赌博平台，查处办证刻章、东京热色情网站推广团伙",
                "关闭百家乐、六合彩网络赌博网站和办证、色情视频推广账号，清理东京热等非法链接。") + "\n";
        RawPage crackdown = Corpus.rawPage(report.getBytes(StandardCharsets.UTF_8),
                "https://www.gaj.example.gov.cn/jwzx/88.html", "text/plain; charset=utf-8");
        RawPage spam = Corpus.rawPage(Corpus.devPage("041_spam_dubo_guanjianci.html"), "http://hijacked.example.gov.cn/b/2.html");
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(record(crackdown)).get();
            producer.send(record(spam)).get();
        }
        try (TopicReader<String, QuarantinedPage> quarantine = new TopicReader<>(kafka, Topics.QUARANTINED_PAGES)) {
            quarantine.until(seen -> keys(seen).containsAll(List.of(crackdown.getUrl(), spam.getUrl())), WAIT);
        }

        String listed = quarantine("--site", "www.gaj.example.gov.cn");
        assertTrue(listed.contains(crackdown.getUrl()) && !listed.contains(spam.getUrl()), listed);
        String id = listed.lines().filter(l -> l.contains(crackdown.getUrl())).findFirst().orElseThrow().split("\\s+")[0];
        assertTrue(quarantine("--show", id).contains("东京热"), "the audit shows the lines and rules");

        String released = quarantine("--release", id + ",9@999");
        assertTrue(released.contains("released " + id) && released.contains("not in quarantine: 9@999"), released);
        String articleId = offline(crackdown).articleId();
        try (TopicReader<String, Article> articles = new TopicReader<>(kafka, Topics.ARTICLES)) {
            ConsumerRecord<String, Article> article = articles.until(seen -> keys(seen).contains(articleId), WAIT).stream()
                    .filter(r -> r.key().equals(articleId)).findFirst().orElseThrow();
            assertFalse(article.value().getSpam());
            assertTrue(article.value().getText().contains("关闭百家乐"), article.value().getText());
            assertNotNull(article.headers().lastHeader(QuarantineArchive.RELEASED_FROM_HEADER));
        }
        List<String> still = new QuarantineArchive(kafka).list().stream().map(QuarantineArchive.Entry::url).toList();
        assertFalse(still.contains(crackdown.getUrl()), "released pages leave the quarantine");
        assertTrue(still.contains(spam.getUrl()), "the rest stay");
    }

    /** Runs {@code newsflow quarantine} against the test cluster and returns what it printed. */
    private String quarantine(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new QuarantineCommand(() -> config(1_000_000))).setOut(new PrintWriter(out));
        int status = cli.execute(args);
        assertTrue(status == 0 || out.toString().contains("not in quarantine"), "exit " + status + ": " + out);
        return out.toString();
    }

    private ProcessedPage offline(RawPage page) {
        byte[] body = new byte[page.getBody().remaining()];
        page.getBody().duplicate().get(body);
        return pages.process(new PageSource(body, page.getUrl(), page.getContentType(), page.getPublisherAdcode()));
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> props = kafka.producer("it-producer");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, LARGE_VALUE_LIMIT);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * LARGE_VALUE_LIMIT);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private ProducerRecord<byte[], byte[]> record(RawPage page) {
        return new ProducerRecord<>(Topics.RAW_PAGES.name(), bytes(page.getUrl()), rawSerde.serialize(Topics.RAW_PAGES.name(), page));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Set<String> ids(List<ConsumerRecord<String, ReformEvent>> records) {
        return records.stream().map(r -> r.value().getEventId()).collect(Collectors.toCollection(HashSet::new));
    }

    private static <V> Set<String> keys(List<ConsumerRecord<String, V>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }
}
