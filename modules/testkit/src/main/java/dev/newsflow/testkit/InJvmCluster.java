package dev.newsflow.testkit;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * Kafka's own test cluster (broker and KRaft controller combined in one node) inside the test JVM: the
 * path used on machines without Docker, and the one CI exercises. Single-node settings let transactions
 * (exactly-once) and consumer groups work with one replica.
 */
final class InJvmCluster implements KafkaCluster, AutoCloseable {

    private final KafkaClusterTestKit kit;

    private InJvmCluster(KafkaClusterTestKit kit) {
        this.kit = kit;
    }

    static InJvmCluster start() {
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "5")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("transaction.state.log.num.partitions", "5")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "false")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return new InJvmCluster(kit);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the in-JVM Kafka cluster: " + e, e);
        }
    }

    @Override
    public String bootstrapServers() {
        return kit.bootstrapServers();
    }

    @Override
    public String kind() {
        return "in-jvm";
    }

    @Override
    public void close() throws Exception {
        kit.close();
    }
}
