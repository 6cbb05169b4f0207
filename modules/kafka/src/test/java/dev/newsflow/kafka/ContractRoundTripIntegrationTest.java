package dev.newsflow.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Samples;
import dev.newsflow.testkit.KafkaCluster;
import dev.newsflow.testkit.KafkaClusterExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaClusterExtension.class)
class ContractRoundTripIntegrationTest {

    private final KafkaSettings settings;

    ContractRoundTripIntegrationTest(KafkaCluster cluster) {
        this.settings = KafkaSettings.from(new Properties()).withBootstrapServers(cluster.bootstrapServers());
    }

    @Test
    void provisioningIsIdempotentAndUsesTheLayout() throws Exception {
        try (Admin admin = Admin.create(settings.admin())) {
            TopicProvisioner provisioner = new TopicProvisioner(admin, settings);
            provisioner.ensure(Topics.all());
            assertEquals(List.of(), provisioner.ensure(Topics.all()), "second run creates nothing");
            TopicDescription articles = admin.describeTopics(List.of(Topics.ARTICLES.name()))
                    .allTopicNames().get().get(Topics.ARTICLES.name());
            assertEquals(settings.partitions(), articles.partitions().size());
            var config = admin.describeConfigs(List.of(new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, Topics.ARTICLES.name()))).all().get();
            assertEquals("compact", config.values().iterator().next().get("cleanup.policy").value());
        }
    }

    @Test
    void rawPagesAndEventsRoundTripThroughTheBroker() throws Exception {
        try (Admin admin = Admin.create(settings.admin())) {
            new TopicProvisioner(admin, settings).ensure(List.of(Topics.RAW_PAGES, Topics.REFORM_EVENTS));
        }
        RawPage page = Samples.rawPage();
        ReformEvent event = Samples.reformEvent();
        produce(Topics.RAW_PAGES, page.getUrl(), page);
        produce(Topics.REFORM_EVENTS, event.getRegion().getAdcode(), event);

        assertTrue(readUntil(Topics.RAW_PAGES, page.getUrl()).contains(page));
        assertTrue(readUntil(Topics.REFORM_EVENTS, event.getRegion().getAdcode()).contains(event));
    }

    private <K, V> void produce(Topic<K, V> topic, K key, V value) throws Exception {
        try (KafkaProducer<K, V> producer = new KafkaProducer<>(settings.producer("round-trip"),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        }
    }

    private <K, V> List<V> readUntil(Topic<K, V> topic, K key) {
        Map<String, Object> props = settings.consumer("round-trip-" + topic.name() + "-" + System.nanoTime());
        List<V> values = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            consumer.subscribe(Set.of(topic.name()));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<K, V> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        values.add(record.value());
                        return values;
                    }
                }
            }
        }
        return values;
    }
}
