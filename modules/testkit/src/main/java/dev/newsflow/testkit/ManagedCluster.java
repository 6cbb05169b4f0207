package dev.newsflow.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The cluster chosen for this test JVM, closed with JUnit's root context. */
final class ManagedCluster implements KafkaCluster, ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManagedCluster.class);

    private final KafkaCluster cluster;
    private final AutoCloseable closer;

    private ManagedCluster(KafkaCluster cluster, AutoCloseable closer) {
        this.cluster = cluster;
        this.closer = closer;
    }

    static ManagedCluster start() {
        long started = System.nanoTime();
        ManagedCluster managed = choose();
        Warmup.roundTrip(managed.bootstrapServers());
        log.info("Integration tests use the {} Kafka cluster at {} (ready in {} ms)", managed.kind(),
                managed.bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
        return managed;
    }

    private static ManagedCluster choose() {
        String external = System.getProperty("kafka.bootstrap", "").strip();
        if (!external.isEmpty()) {
            return new ManagedCluster(new FixedCluster(external, "external"), () -> { });
        }
        if (!"false".equalsIgnoreCase(System.getProperty("kafka.testcontainers")) && dockerLikelyAvailable()) {
            try {
                ContainerCluster container = ContainerCluster.start();
                return new ManagedCluster(container, container);
            } catch (RuntimeException | LinkageError e) {
                log.warn("Docker looked available but no Kafka container could start ({}); using the in-JVM broker", e.toString());
            }
        }
        InJvmCluster inJvm = InJvmCluster.start();
        return new ManagedCluster(inJvm, inJvm);
    }

    /**
     * Cheap check before asking Testcontainers, whose own probe can take seconds on machines without an
     * engine: a Docker socket or an explicit DOCKER_HOST.
     */
    private static boolean dockerLikelyAvailable() {
        return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public String kind() {
        return cluster.kind();
    }

    @Override
    public void close() throws Exception {
        closer.close();
    }

    private record FixedCluster(String bootstrapServers, String kind) implements KafkaCluster {}
}
