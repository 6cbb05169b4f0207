package dev.newsflow.stream.cli;

import dev.newsflow.broker.BrokerSettings;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.stream.runtime.KafkaConnection;
import java.util.Properties;

/**
 * The cluster a client command talks to: {@code kafka.bootstrap.servers}, else the embedded broker's
 * address ({@code broker.host}:{@code broker.port}, where a running {@code newsflow stream} or
 * {@code newsflow broker} on this machine listens). Commands that only read or write the cluster (dlq,
 * quarantine, serve) use it; they never start a broker.
 */
public final class ClusterAddress {

    private ClusterAddress() {}

    public static KafkaSettings of(Properties config) {
        KafkaSettings kafka = KafkaSettings.from(config);
        if (kafka.hasBootstrapServers()) {
            return kafka;
        }
        BrokerSettings broker = KafkaConnection.localBroker(config);
        return kafka.withBootstrapServers(broker.host() + ":" + broker.port());
    }
}
