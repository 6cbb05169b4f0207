package dev.newsflow.testkit;

/** A real Kafka cluster that an integration test talks to. */
public interface KafkaCluster {

    /** Value for the clients' {@code bootstrap.servers}. */
    String bootstrapServers();

    /** Which kind of cluster this is, for test logs: external, testcontainers or in-jvm. */
    String kind();
}
