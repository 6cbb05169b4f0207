package dev.newsflow.crawl.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.CrawlSource;
import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.UrlKind;
import dev.newsflow.contracts.UrlStatus;
import dev.newsflow.contracts.serde.AvroSerde;
import dev.newsflow.crawl.PagePublisher;
import dev.newsflow.crawl.frontier.FrontierListener;
import dev.newsflow.crawl.frontier.FrontierStoreException;
import dev.newsflow.kafka.Topics;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The Kafka-facing logic against kafka-clients' mock producer and consumer: partitioning by host,
 * rebuilding owned partitions on assignment, passing revocations on, and publishing. The same classes
 * against a real broker are the integration suite's job.
 */
class KafkaPiecesTest {

    private static final String TOPIC = Topics.CRAWL_STATE.name();
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    static CrawlState state(String url, UrlStatus status) {
        return CrawlState.newBuilder().setUrl(url).setHost(HostPartitioner.hostOf(url)).setSite(null)
                .setKind(UrlKind.PAGE).setSource(CrawlSource.LINK.name()).setDepth(0).setStatus(status)
                .setNextFetchAt(status == UrlStatus.DISCOVERED ? T0 : null).setUpdatedAt(T0).build();
    }

    private static Cluster cluster(int partitions) {
        Node node = new Node(0, "localhost", 9092);
        List<PartitionInfo> infos = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            infos.add(new PartitionInfo(TOPIC, p, node, new Node[] {node}, new Node[] {node}));
        }
        return new Cluster("test", List.of(node), infos, Set.of(), Set.of());
    }

    @Test
    void everyUrlOfAHostGoesToOnePartition() {
        Cluster cluster = cluster(12);
        HostPartitioner partitioner = new HostPartitioner();
        int first = partitioner.partition(TOPIC, "http://www.nhc.gov.cn/a/1.html", null, null, null, cluster);
        for (String url : List.of("http://www.nhc.gov.cn/b/2.html?x=1", "https://WWW.NHC.GOV.CN/c", "http://www.nhc.gov.cn:8080/")) {
            assertEquals(first, partitioner.partition(TOPIC, url, null, null, null, cluster), url);
        }
        Set<Integer> spread = new java.util.HashSet<>();
        for (int i = 0; i < 50; i++) {
            spread.add(HostPartitioner.partitionFor("http://host" + i + ".example.cn/", 12));
        }
        assertTrue(spread.size() > 6, "hosts spread over the partitions: " + spread);
    }

    /** Records what the store reports. */
    static final class Recorder implements FrontierListener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void onAssigned(int partition, List<CrawlState> log) {
            calls.add("assigned " + partition + " " + log.stream().map(s -> s.getUrl() + "=" + s.getStatus()).toList());
        }

        @Override
        public void onRevoked(Collection<Integer> partitions) {
            calls.add("revoked " + new java.util.TreeSet<>(partitions));
        }

        @Override
        public void onUpdate(int partition, CrawlState state) {
            calls.add("update " + partition + " " + state.getUrl() + "=" + state.getStatus());
        }
    }

    @Test
    void rebuildsOwnedPartitionsFromTheBeginningThenPassesUpdatesOn() {
        MockProducer<String, CrawlState> producer = new MockProducer<>(cluster(2), true, new HostPartitioner(),
                new StringSerializer(), AvroSerde.of(CrawlState.class));
        MockConsumer<String, CrawlState> consumer = new MockConsumer<>("earliest");
        TopicPartition p0 = new TopicPartition(TOPIC, 0);
        TopicPartition p1 = new TopicPartition(TOPIC, 1);
        consumer.updateBeginningOffsets(Map.of(p0, 0L, p1, 0L));
        consumer.updateEndOffsets(Map.of(p0, 2L, p1, 0L));
        Recorder recorder = new Recorder();
        try (KafkaFrontierStore store = new KafkaFrontierStore(producer, consumer, TOPIC,
                CrawlStateWriter.RetryPolicy.DEFAULT)) {
            store.poll(Duration.ZERO, recorder); // subscribes
            consumer.rebalance(List.of(p0, p1));
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 0, "http://a.cn/1", state("http://a.cn/1", UrlStatus.DISCOVERED)));
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 1, "http://a.cn/1", state("http://a.cn/1", UrlStatus.FETCHED)));
            store.poll(Duration.ZERO, recorder);
            assertEquals(List.of("assigned 0 [http://a.cn/1=DISCOVERED, http://a.cn/1=FETCHED]", "assigned 1 []"),
                    recorder.calls.stream().sorted().toList());

            recorder.calls.clear();
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 2, "http://a.cn/2", state("http://a.cn/2", UrlStatus.DISCOVERED)));
            store.poll(Duration.ZERO, recorder);
            assertEquals(List.of("update 0 http://a.cn/2=DISCOVERED"), recorder.calls);

            recorder.calls.clear();
            consumer.rebalance(List.of(p1));
            store.poll(Duration.ZERO, recorder);
            assertEquals(List.of("revoked [0]"), recorder.calls, "cooperative: partition 1 stays, not rebuilt");

            store.save(state("http://a.cn/3", UrlStatus.DISCOVERED));
            assertEquals("http://a.cn/3", producer.history().get(0).key());
            assertEquals(HostPartitioner.partitionFor("http://a.cn/3", 2), store.partitionOf("http://a.cn/3"));
        }
    }

    @Test
    void theConsumerMustNameAGroupAndNeverCommits() {
        assertThrows(IllegalArgumentException.class, () -> KafkaFrontierStore.consumerConfig(new Properties()));
        Properties props = new Properties();
        props.put("group.id", "newsflow-crawl");
        Properties config = KafkaFrontierStore.consumerConfig(props);
        assertEquals("false", config.get("enable.auto.commit"));
        assertEquals("earliest", config.get("auto.offset.reset"));
        assertEquals(org.apache.kafka.clients.consumer.CooperativeStickyAssignor.class.getName(),
                config.get("partition.assignment.strategy"));
        Properties producer = KafkaFrontierStore.producerConfig(new Properties());
        assertEquals(HostPartitioner.class.getName(), producer.get("partitioner.class"));
        assertEquals("true", producer.get("enable.idempotence"));
    }

    @Test
    void aStateThatCannotBeStoredFailsTheStoresNextPollAndFlush() {
        MockProducer<String, CrawlState> producer = new MockProducer<>(cluster(2), false, new HostPartitioner(),
                new StringSerializer(), AvroSerde.of(CrawlState.class));
        MockConsumer<String, CrawlState> consumer = new MockConsumer<>("earliest");
        try (KafkaFrontierStore store = new KafkaFrontierStore(producer, consumer, TOPIC,
                new CrawlStateWriter.RetryPolicy(1, Duration.ZERO))) {
            store.save(state("http://a.cn/1", UrlStatus.FETCHED));
            producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("expired"));

            assertThrows(FrontierStoreException.class, () -> store.poll(Duration.ZERO, new Recorder()));
            assertThrows(FrontierStoreException.class, store::flush);
            assertThrows(FrontierStoreException.class, () -> store.save(state("http://a.cn/2", UrlStatus.FETCHED)));
        }
    }

    static RawPage page(String url) {
        return RawPage.newBuilder().setUrl(url).setFinalUrl(url).setFetchedAt(T0).setStatus(200)
                .setBody(ByteBuffer.wrap("<html></html>".getBytes())).setSource(CrawlSource.SEED).build();
    }

    @Test
    void publishesPagesKeyedByUrlAndReportsFailures() {
        assertEquals("true", KafkaPagePublisher.idempotent(new Properties()).get("enable.idempotence"));
        assertEquals("all", KafkaPagePublisher.idempotent(new Properties()).get("acks"));
        MockProducer<String, RawPage> producer = new MockProducer<>(true, null, new StringSerializer(),
                AvroSerde.of(RawPage.class));
        KafkaPagePublisher publisher = new KafkaPagePublisher(producer, Topics.RAW_PAGES.name(), Duration.ofSeconds(1));
        publisher.publish(page("http://a.cn/1"));
        assertEquals("http://a.cn/1", producer.history().get(0).key());
        assertEquals(Topics.RAW_PAGES.name(), producer.history().get(0).topic());

        producer.sendException = new KafkaException("broker gone");
        assertThrows(PagePublisher.PublishException.class, () -> publisher.publish(page("http://a.cn/2")));
        publisher.close();
    }
}
