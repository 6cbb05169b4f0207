package dev.newsflow.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.QuarantinedPage;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.contracts.serde.AvroSerde;
import dev.newsflow.extract.ExtractedEvent;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topics;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.pipeline.PageSource;
import dev.newsflow.pipeline.ProcessedPage;
import dev.newsflow.stream.aggregate.EventCount;
import dev.newsflow.stream.aggregate.Granularity;
import dev.newsflow.stream.aggregate.LiveAggregates;
import dev.newsflow.stream.aggregate.SiteCount;
import dev.newsflow.stream.dlq.DeadLetters;
import dev.newsflow.stream.quarantine.QuarantineArchive;
import dev.newsflow.stream.runtime.StreamsProperties;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every branch of the topology, driven by Kafka's TopologyTestDriver with the real page pipeline. */
class NewsflowTopologyTest {

    private static final Set<String> ROUTED = Set.of("DIGITAL_HEALTH", "PUBLIC_HOSPITAL_REFORM", "TCM");
    private static PageProcessor pages;

    private final AvroSerde<RawPage> rawSerde = AvroSerde.of(RawPage.class);
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> rawPages;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, ReformEvent> events;
    private TestOutputTopic<String, QuarantinedPage> quarantine;
    private TestOutputTopic<String, DeadLetter> deadLetters;
    private Instant clock = Instant.parse("2024-06-01T08:00:00Z");

    @TempDir
    Path stateDir;

    @BeforeAll
    static void loadPipeline() {
        pages = PageProcessor.withDefaults();
    }

    private void start(TopologySettings settings) {
        Properties config = new Properties();
        config.setProperty("newsflow.stream.state-dir", stateDir.toString());
        config.setProperty("kafka.bootstrap.servers", "unused:9092");
        Map<String, Object> props = StreamsProperties.of(config, KafkaSettings.from(config), settings);
        driver = new TopologyTestDriver(NewsflowTopology.topology(settings, pages), StreamsProperties.asProperties(props));
        rawPages = driver.createInputTopic(Topics.RAW_PAGES.name(), new ByteArraySerializer(), new ByteArraySerializer());
        articles = output(Topics.ARTICLES.name(), Topics.ARTICLES.valueSerde());
        events = output(Topics.REFORM_EVENTS.name(), Topics.REFORM_EVENTS.valueSerde());
        quarantine = output(Topics.QUARANTINED_PAGES.name(), Topics.QUARANTINED_PAGES.valueSerde());
        deadLetters = output(Topics.DEAD_LETTERS.name(), Topics.DEAD_LETTERS.valueSerde());
    }

    private <V> TestOutputTopic<String, V> output(String topic, org.apache.kafka.common.serialization.Serde<V> serde) {
        return driver.createOutputTopic(topic, Serdes.String().deserializer(), serde.deserializer());
    }

    private void start() {
        start(TopologySettings.defaults().withCategoryTopics(ROUTED));
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private void pipe(RawPage page) {
        pipe(page.getUrl().getBytes(StandardCharsets.UTF_8), rawSerde.serialize(Topics.RAW_PAGES.name(), page));
    }

    private void pipe(byte[] key, byte[] value) {
        clock = clock.plusSeconds(1);
        rawPages.pipeInput(key, value, clock);
    }

    private static ProcessedPage offline(RawPage page) {
        byte[] body = new byte[page.getBody().remaining()];
        page.getBody().duplicate().get(body);
        return pages.process(new PageSource(body, page.getUrl(), page.getContentType(), page.getPublisherAdcode()));
    }

    @Test
    void aRelevantPageBecomesAnArticleAndItsEventsKeyedByRegion() {
        start();
        RawPage page = Corpus.rawPage(Corpus.seed("000_"), "https://www.jiuquan.gov.cn/art/2023/12/23/1.html");
        pipe(page);

        ProcessedPage expected = offline(page);
        List<KeyValue<String, Article>> published = articles.readKeyValuesToList();
        assertEquals(1, published.size());
        Article article = published.get(0).value;
        assertEquals(expected.articleId(), published.get(0).key);
        assertEquals(expected.articleId(), article.getId());
        assertEquals("www.jiuquan.gov.cn", article.getSite());
        assertEquals(expected.cleaned().text(), article.getText());
        assertFalse(article.getSpam());
        assertNull(article.getDuplicateOf());
        assertTrue(article.getSimhash() != 0L);

        List<KeyValue<String, ReformEvent>> out = events.readKeyValuesToList();
        assertFalse(out.isEmpty(), "seed 000 reports reform events");
        assertEquals(expected.extraction().events().stream().map(ExtractedEvent::eventId).collect(Collectors.toSet()),
                out.stream().map(kv -> kv.value.getEventId()).collect(Collectors.toSet()));
        for (KeyValue<String, ReformEvent> kv : out) {
            assertEquals(kv.value.getRegion().getAdcode(), kv.key, "events are keyed by region adcode");
            assertEquals(article.getId(), kv.value.getArticleId());
            assertEquals(page.getUrl(), kv.value.getUrl());
        }
        assertTrue(quarantine.isEmpty());
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void aSpamPageIsQuarantinedWithItsReasonsAndYieldsNothingElse() {
        start();
        RawPage page = Corpus.rawPage(Corpus.devPage("041_spam_dubo_guanjianci.html"), "http://hijacked.example.gov.cn/a/1.html");
        pipe(page);

        List<KeyValue<String, QuarantinedPage>> held = quarantine.readKeyValuesToList();
        assertEquals(1, held.size());
        QuarantinedPage q = held.get(0).value;
        assertEquals(page.getUrl(), held.get(0).key);
        assertEquals("hijacked.example.gov.cn", q.getSite());
        assertFalse(q.getReasons().isEmpty(), "the spam verdict says why");
        assertTrue(q.getReasons().stream().allMatch(r -> r.getReason() == RemovalReason.SPAM));
        assertEquals(page, rawSerde.deserialize("x", toArray(q.getRawPage())), "the original record is kept for release");
        assertTrue(articles.isEmpty());
        assertTrue(events.isEmpty());
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void aPageReleasedFromQuarantineBecomesAnArticleThatSaysItWasReleased() {
        start();
        // A real report on a crackdown reads like the spam it reports on.
        String report = String.join("\n\n",
                "百家乐 六合彩 网络赌博 办证",
                "警方捣毁百家乐六合彩网络赌博平台，查处办证刻章、东京热色情网站推广团伙",
                "关闭百家乐、六合彩网络赌博网站和办证、色情视频推广账号，清理东京热等非法链接。") + "\n";
        RawPage page = Corpus.rawPage(report.getBytes(StandardCharsets.UTF_8), "https://www.gaj.example.gov.cn/jwzx/88.html",
                "text/plain; charset=utf-8");
        pipe(page);
        QuarantinedPage held = quarantine.readValue();

        // What a release writes back to raw-pages: the kept record, unchanged, with the release header.
        byte[] header = (Topics.QUARANTINED_PAGES.name() + "/0@0").getBytes(StandardCharsets.UTF_8);
        clock = clock.plusSeconds(1);
        rawPages.pipeInput(new TestRecord<>(page.getUrl().getBytes(StandardCharsets.UTF_8), toArray(held.getRawPage()),
                new RecordHeaders().add(QuarantineArchive.RELEASED_FROM_HEADER, header), clock));

        TestRecord<String, Article> released = articles.readRecord();
        assertFalse(released.value().getSpam());
        assertTrue(released.value().getText().contains("关闭百家乐、六合彩网络赌博网站"), released.value().getText());
        assertArrayEquals(header, released.headers().lastHeader(QuarantineArchive.RELEASED_FROM_HEADER).value(),
                "the article says where it was released from");
        assertTrue(quarantine.isEmpty(), "not judged for spam again");
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void aRepublishedArticleIsLinkedToTheCanonicalOneInsteadOfRepeatingItsEvents() {
        start();
        RawPage original = Corpus.rawPage(Corpus.devPage("005_yichang_zhihui_yiliao.html"), "https://www.sxzx.example.cn/health/2024/0520.html");
        RawPage reprint = Corpus.rawPage(Corpus.devPage("024_yichang_zhihui_yiliao_zhuanzai.html"), "https://news.tiantian.example/a/778.html");
        RawPage exactCopy = Corpus.rawPage(Corpus.devPage("005_yichang_zhihui_yiliao.html"), "https://mirror.example.org/yc/0520.html");
        pipe(original);
        List<ReformEvent> originalEvents = events.readValuesToList();
        assertFalse(originalEvents.isEmpty());
        Article canonical = articles.readValue();
        assertTrue(articles.isEmpty());

        pipe(reprint);
        pipe(exactCopy);

        assertTrue(events.isEmpty(), "a duplicate publishes no second copy of the events");
        Map<String, List<Article>> byId = articles.readKeyValuesToList().stream()
                .collect(Collectors.groupingBy(kv -> kv.key, Collectors.mapping(kv -> kv.value, Collectors.toList())));
        String reprintId = offline(reprint).articleId();
        String copyId = offline(exactCopy).articleId();
        assertEquals(canonical.getId(), byId.get(reprintId).get(0).getDuplicateOf());
        assertEquals(canonical.getId(), byId.get(copyId).get(0).getDuplicateOf());
        List<Article> canonicalUpdates = byId.get(canonical.getId());
        Article latest = canonicalUpdates.get(canonicalUpdates.size() - 1);
        assertEquals(Set.of(reprint.getUrl(), exactCopy.getUrl()), Set.copyOf(latest.getMentions()),
                "the duplicates' URLs are recorded as mentions of the canonical article");
        assertNull(latest.getDuplicateOf());

        pipe(Corpus.rawPage(Corpus.devPage("001_sanming_yigai_shenhua.html"), "https://www.sm.example.gov.cn/1.html"));
        assertFalse(events.isEmpty(), "a different article is not a duplicate");
    }

    @Test
    void eventsOfConfiguredCategoriesAlsoGoToTheirOwnTopic() {
        start();
        for (Path seed : Corpus.seeds()) {
            pipe(Corpus.rawPage(seed, "https://seed.example.cn/" + seed.getFileName()));
        }
        List<ReformEvent> all = events.readValuesToList();
        Set<String> categories = all.stream().map(ReformEvent::getCategory).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(categories.size() > ROUTED.size(), "seeds report more categories than the routed ones: " + categories);
        for (String category : categories) {
            String topic = Topics.reformEventsOf(category).name();
            List<ReformEvent> routed = driver.producedTopicNames().contains(topic)
                    ? output(topic, Topics.REFORM_EVENTS.valueSerde()).readValuesToList() : List.of();
            List<ReformEvent> expected = ROUTED.contains(category)
                    ? all.stream().filter(e -> e.getCategory().equals(category)).toList() : List.of();
            assertEquals(expected, routed, "topic " + topic);
        }
    }

    @Test
    void randomBytesAreADeadLetterAndTheNextPageIsProcessed() {
        start();
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        pipe("https://bad.example/junk".getBytes(StandardCharsets.UTF_8), junk);
        assertDeadLetter(DeadLetters.DESERIALIZE, junk, "not an Avro single-object");
        assertNextGoodPageIsProcessed();
    }

    @Test
    void anUnknownSchemaFingerprintIsADeadLetter() {
        start();
        byte[] valid = rawSerde.serialize("t", Corpus.rawPage(Corpus.seed("001_"), "https://x.example/1"));
        byte[] unknown = valid.clone();
        ByteBuffer.wrap(unknown, 2, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(0x0123456789abcdefL);
        pipe("https://x.example/1".getBytes(StandardCharsets.UTF_8), unknown);
        assertDeadLetter(DeadLetters.DESERIALIZE, unknown, "unknown writer schema");
        assertNextGoodPageIsProcessed();
    }

    @Test
    void aPageOverTheSizeLimitIsADeadLetterWithoutItsBytes() {
        start();
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        RawPage page = Corpus.rawPage(huge, "https://big.example/20mb.html", "text/html");
        pipe(page);
        DeadLetter letter = deadLetters.readValue();
        assertEquals(DeadLetters.CLEAN, letter.getStage());
        assertEquals("dev.newsflow.clean.PageRejectedException", letter.getErrorClass());
        assertTrue(letter.getErrorMessage().contains("TOO_LARGE"), letter.getErrorMessage());
        assertNull(letter.getValue(), "20 MB is not copied into the dead letter");
        assertTrue(letter.getErrorMessage().contains("raw-pages/0@0"), "it says where the bytes are: " + letter.getErrorMessage());
        assertNextGoodPageIsProcessed();
    }

    @Test
    void htmlThatTripsTheCleanerIsADeadLetter() {
        start();
        // Markup with no text at all: decoded, parsed, and nothing to keep.
        byte[] html = ("<html><head><script>" + "x".repeat(100) + "</script></head><body>"
                + "<div>".repeat(5000) + "</div>".repeat(5000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        RawPage page = Corpus.rawPage(html, "https://deep.example/nest.html", "text/html");
        pipe(page);
        DeadLetter letter = deadLetters.readValue();
        assertEquals(DeadLetters.CLEAN, letter.getStage(), letter.getErrorMessage());
        assertEquals(page, rawSerde.deserialize("x", toArray(letter.getValue())));
        assertNextGoodPageIsProcessed();
    }

    @Test
    void anArticleTooLargeToProduceIsADeadLetter() {
        start(TopologySettings.defaults().withMaxRecordBytes(4_000));
        RawPage page = Corpus.rawPage(Corpus.seed("003_"), "https://big-article.example/3.html");
        pipe(page);
        DeadLetter letter = deadLetters.readValue();
        assertEquals(DeadLetters.PRODUCE, letter.getStage());
        assertTrue(letter.getErrorMessage().contains("max-record-bytes"), letter.getErrorMessage());
        assertEquals(Topics.RAW_PAGES.name(), letter.getTopic());
        assertTrue(articles.isEmpty());
        RawPage small = Corpus.rawPage("宜昌市卫生健康委：全市已建成互联网医院17家。".getBytes(StandardCharsets.UTF_8),
                "https://small.example/1.txt", "text/plain");
        pipe(small);
        assertEquals(offline(small).articleId(), articles.readKeyValue().key);
    }

    @Test
    void liveAggregatesCountEventsAndSiteActivity() {
        start();
        RawPage relevant = Corpus.rawPage(Corpus.seed("000_"), "https://www.jiuquan.gov.cn/a.html");
        pipe(relevant);
        pipe(Corpus.rawPage(Corpus.devPage("041_spam_dubo_guanjianci.html"), "https://www.jiuquan.gov.cn/spam.html"));
        pipe(Corpus.rawPage(Corpus.seed("000_"), "https://copy.example.com/a.html"));
        pipe("https://www.jiuquan.gov.cn/broken".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3});
        // Dead letters are counted from their topic, which the application also reads (the driver feeds it back).
        assertEquals(1, deadLetters.readValuesToList().size());

        LiveAggregates aggregates = new LiveAggregates(name -> driver.getWindowStore(name));
        Instant from = Instant.parse("2024-06-01T00:00:00Z");
        Instant to = Instant.parse("2024-06-02T00:00:00Z");
        List<EventCount> counts = aggregates.eventCounts(Granularity.HOUR, from, to);
        long expectedEvents = offline(relevant).extraction().events().size();
        assertEquals(expectedEvents, counts.stream().mapToLong(EventCount::count).sum());
        assertTrue(counts.stream().allMatch(c -> c.windowStart().equals(Instant.parse("2024-06-01T08:00:00Z"))));
        assertEquals(counts.stream().mapToLong(EventCount::count).sum(),
                aggregates.eventCounts(Granularity.DAY, from, to).stream().mapToLong(EventCount::count).sum());

        Map<String, SiteCount> sites = aggregates.siteCounts(Granularity.HOUR, from, to).stream()
                .collect(Collectors.toMap(SiteCount::site, c -> c));
        assertEquals(new SiteCount("www.jiuquan.gov.cn", Instant.parse("2024-06-01T08:00:00Z"), 3, 1, 0, 1),
                sites.get("www.jiuquan.gov.cn"));
        assertEquals(new SiteCount("copy.example.com", Instant.parse("2024-06-01T08:00:00Z"), 1, 0, 1, 0),
                sites.get("copy.example.com"));
    }

    private void assertDeadLetter(String stage, byte[] value, String messagePart) {
        KeyValue<String, DeadLetter> kv = deadLetters.readKeyValue();
        DeadLetter letter = kv.value;
        assertEquals(stage, letter.getStage());
        assertEquals(Topics.RAW_PAGES.name(), letter.getTopic());
        assertEquals(0, letter.getPartition());
        assertTrue(letter.getOffset() >= 0);
        assertTrue(letter.getErrorMessage().contains(messagePart), letter.getErrorMessage());
        assertTrue(java.util.Arrays.equals(value, toArray(letter.getValue())), "the original bytes are kept");
        assertEquals(new String(toArray(letter.getKey()), StandardCharsets.UTF_8), kv.key);
        assertTrue(articles.isEmpty());
        assertTrue(deadLetters.isEmpty());
    }

    private void assertNextGoodPageIsProcessed() {
        RawPage good = Corpus.rawPage(Corpus.seed("004_"), "https://good.example/4.html");
        pipe(good);
        assertEquals(offline(good).articleId(), articles.readKeyValue().key);
        assertTrue(deadLetters.isEmpty());
    }

    private static byte[] toArray(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

}
