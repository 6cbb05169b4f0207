package dev.newsflow.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** A broker in a Testcontainers {@code apache/kafka} container, for machines with a Docker engine. */
final class ContainerCluster implements KafkaCluster, AutoCloseable {

    /** Same line as the client libraries; override with {@code -Dkafka.image=...}. */
    static final String DEFAULT_IMAGE = "apache/kafka:4.1.1";

    private final KafkaContainer container;

    private ContainerCluster(KafkaContainer container) {
        this.container = container;
    }

    static ContainerCluster start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("no Docker engine reachable");
        }
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(System.getProperty("kafka.image", DEFAULT_IMAGE)));
        container.start();
        return new ContainerCluster(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String kind() {
        return "testcontainers";
    }

    @Override
    public void close() {
        container.stop();
    }
}
