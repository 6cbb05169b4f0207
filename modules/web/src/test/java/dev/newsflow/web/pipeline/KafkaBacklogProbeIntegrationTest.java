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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
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
            assertTrue(health.throughput().isEmpty(), "throughput is not the broker's to tell");
        }
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
