package dev.newsflow.web.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import dev.newsflow.testkit.KafkaCluster;
import dev.newsflow.testkit.KafkaClusterExtension;
import dev.newsflow.web.source.PipelineHealth;
import dev.newsflow.web.source.PipelineHealth.ConsumerLag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Consumer lag and dead letters as the broker reports them. */
@ExtendWith(KafkaClusterExtension.class)
class KafkaBacklogProbeIntegrationTest {

    private final KafkaSettings kafka;

    KafkaBacklogProbeIntegrationTest(KafkaCluster cluster) {
        this.kafka = KafkaSettings.from(new Properties()).withBootstrapServers(cluster.bootstrapServers());
    }

    @Test
    void reportsLagOfCommittingGroupsAndTheDeadLettersHeld() throws Exception {
        String topic = "backlog-probe-" + System.nanoTime();
        String group = "backlog-probe-group-" + System.nanoTime();
        try (Admin admin = Admin.create(kafka.admin())) {
            new TopicProvisioner(admin, kafka).ensure(List.of(Topics.DEAD_LETTERS));
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            KafkaBacklogProbe probe = new KafkaBacklogProbe(admin);
            long deadLettersBefore = probe.health().deadLetters();

            produce(topic, 5);
            produce(Topics.DEAD_LETTERS.name(), 2);
            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(2)))
                    .all().get();

            PipelineHealth health = probe.health();
            ConsumerLag lag = health.consumerLag().stream().filter(l -> l.group().equals(group)).findFirst().orElse(null);
            assertNotNull(lag, "the committing group is listed: " + health.consumerLag());
            assertEquals(new ConsumerLag(group, topic, 3), lag);
            assertEquals(deadLettersBefore + 2, health.deadLetters());
            assertTrue(health.throughput().isEmpty(), "no rate from the first reading");
        }
    }

    @Test
    void ratesOfPublishingAndOfEachCommittingGroupBetweenReadings() throws Exception {
        String group = "rate-probe-group-" + System.nanoTime();
        try (Admin admin = Admin.create(kafka.admin())) {
            new TopicProvisioner(admin, kafka).ensure(List.of(Topics.RAW_PAGES, Topics.DEAD_LETTERS));
            TopicPartition first = new TopicPartition(Topics.RAW_PAGES.name(), 0);
            admin.alterConsumerGroupOffsets(group, Map.of(first, new OffsetAndMetadata(0))).all().get();
            AtomicLong nanos = new AtomicLong(0);
            KafkaBacklogProbe probe = new KafkaBacklogProbe(admin, nanos::get);
            assertTrue(probe.health().throughput().isEmpty(), "no rate from the first reading");

            produce(Topics.RAW_PAGES.name(), 20);
            long onFirst = committable(admin, first);
            admin.alterConsumerGroupOffsets(group, Map.of(first, new OffsetAndMetadata(onFirst))).all().get();
            nanos.set(TimeUnit.SECONDS.toNanos(10));
            Map<String, Double> rates = new HashMap<>();
            probe.health().throughput().forEach(t -> rates.put(t.stage(), t.perSecond()));

            assertEquals(2.0, rates.get(KafkaBacklogProbe.PUBLISHED), 1e-9, "20 pages in 10 s: " + rates);
            assertEquals(onFirst / 10.0, rates.get(group + " ← " + Topics.RAW_PAGES.name()), 1e-9, "the group's commits: " + rates);
        }
    }

    private static long committable(Admin admin, TopicPartition partition) throws Exception {
        return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get().get(partition).offset();
    }

    private void produce(String topic, int count) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.producer("backlog-probe-test"),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, "k", "v" + i)).get();
            }
        }
    }
}
