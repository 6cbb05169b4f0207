package dev.newsflow.web.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.CrawlSource;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topics;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.stream.NewsflowTopology;
import dev.newsflow.stream.TopologySettings;
import dev.newsflow.stream.aggregate.LiveAggregates;
import dev.newsflow.stream.runtime.StreamsProperties;
import dev.newsflow.web.source.EventAggregates;
import dev.newsflow.web.source.EventAggregates.DailyCount;
import dev.newsflow.web.source.PipelineHealth;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Interactive Queries adapter over the real topology and page pipeline, driven by Kafka's
 * TopologyTestDriver with the repository's seed pages: what the charts and the health panel get is what
 * the Streams application counted.
 */
class LiveAggregateSourceTest {

    private static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void chartsAndHealthComeFromTheStreamsStores() throws IOException {
        Properties config = new Properties();
        config.setProperty("newsflow.stream.state-dir", stateDir.toString());
        config.setProperty("kafka.bootstrap.servers", "unused:9092");
        TopologySettings settings = TopologySettings.defaults();
        driver = new TopologyTestDriver(NewsflowTopology.topology(settings, PageProcessor.withDefaults()),
                StreamsProperties.asProperties(StreamsProperties.of(config, KafkaSettings.from(config), settings)));
        TestInputTopic<byte[], byte[]> rawPages = driver.createInputTopic(Topics.RAW_PAGES.name(),
                new ByteArraySerializer(), new ByteArraySerializer());
        TestOutputTopic<String, ReformEvent> events = driver.createOutputTopic(Topics.REFORM_EVENTS.name(),
                Topics.REFORM_EVENTS.keySerde().deserializer(), Topics.REFORM_EVENTS.valueSerde().deserializer());

        List<Path> seeds = seeds();
        for (int i = 0; i < seeds.size(); i++) {
            RawPage page = rawPage(seeds.get(i), "https://seed" + i + ".example.gov.cn/article.html");
            rawPages.pipeInput(page.getUrl().getBytes(StandardCharsets.UTF_8),
                    Topics.RAW_PAGES.valueSerde().serializer().serialize(Topics.RAW_PAGES.name(), page), T0.plusSeconds(i));
        }
        List<ReformEvent> produced = events.readValuesToList();
        assertFalse(produced.isEmpty(), "the seed pages report reform events");

        Instant now = T0.plusSeconds(600);
        LiveAggregateSource source = new LiveAggregateSource(new LiveAggregates(driver::getWindowStore),
                Clock.fixed(now, ZoneOffset.UTC));
        EventAggregates aggregates = source.aggregates();
        Map<String, Long> perCategory = aggregates.perCategory().stream()
                .collect(Collectors.groupingBy(DailyCount::key, Collectors.summingLong(DailyCount::count)));
        Map<String, Long> expected = produced.stream()
                .collect(Collectors.groupingBy(ReformEvent::getCategory, Collectors.counting()));
        assertEquals(expected, perCategory);
        assertEquals(produced.size(), aggregates.perProvince().stream().mapToLong(DailyCount::count).sum());
        assertTrue(aggregates.perCategory().stream().allMatch(c -> c.day().equals(LocalDate.of(2024, 6, 1))));

        PipelineHealth health = source.health();
        assertEquals(1, health.throughput().size());
        double expectedRate = (double) seeds.size() / 600;
        assertEquals(expectedRate, health.throughput().get(0).perSecond(), 1e-9,
                "pages read in the current hour over the 600 s it has run");
        assertEquals(0.0, health.spamRate(), "no seed page is whole-page spam");
    }

    private static List<Path> seeds() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("../../eval/seeds");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
        }
    }

    private static RawPage rawPage(Path file, String url) throws IOException {
        return RawPage.newBuilder()
                .setUrl(url).setFinalUrl(url).setRedirects(List.of()).setFetchedAt(T0).setStatus(200)
                .setHeaders(Map.of()).setContentType("text/plain").setDeclaredCharset(null)
                .setBody(ByteBuffer.wrap(Files.readAllBytes(file))).setSource(CrawlSource.SEED)
                .setSite(null).setPublisherAdcode(null).setDepth(0)
                .build();
    }
}
