package dev.newsflow.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests a real Kafka broker, chosen once per test JVM and shared by every test class:
 * <ol>
 *   <li>an external cluster when {@code -Dkafka.bootstrap=host:port} is set;</li>
 *   <li>otherwise a Testcontainers {@code apache/kafka} broker when a Docker engine is reachable (unless
 *       {@code -Dkafka.testcontainers=false});</li>
 *   <li>otherwise an in-JVM KRaft cluster from Kafka's own {@code KafkaClusterTestKit}.</li>
 * </ol>
 * Tests declare a {@link KafkaCluster} parameter (constructor, lifecycle or test method) to receive it.
 * The cluster is warmed up with a produce/consume round trip before the first test uses it, and closed when
 * the test JVM's root context closes.
 */
public final class KafkaClusterExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaClusterExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        cluster(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return cluster(context);
    }

    private static KafkaCluster cluster(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        return store.getOrComputeIfAbsent(ManagedCluster.class, key -> ManagedCluster.start(), ManagedCluster.class);
    }
}
