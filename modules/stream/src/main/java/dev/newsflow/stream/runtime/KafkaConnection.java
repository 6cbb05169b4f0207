package dev.newsflow.stream.runtime;

import dev.newsflow.broker.BrokerSettings;
import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.kafka.DataDirectory;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka cluster a run mode talks to, with newsflow's topics in place:
 * <ul>
 *   <li>the configured cluster when {@code kafka.bootstrap.servers} is set;</li>
 *   <li>otherwise the embedded broker of this machine, if one is already running (started by
 *       {@code newsflow broker} or another run mode) on its configured port;</li>
 *   <li>otherwise an embedded broker started in this process, stopped when this connection closes.</li>
 * </ul>
 * So every command works alone on a laptop with no configuration, and several commands on one machine
 * share one broker.
 */
public final class KafkaConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaConnection.class);

    private final KafkaSettings settings;
    private final EmbeddedKafkaBroker ownBroker;

    private KafkaConnection(KafkaSettings settings, EmbeddedKafkaBroker ownBroker) {
        this.settings = settings;
        this.ownBroker = ownBroker;
    }

    /** This machine's embedded broker as configured ({@code broker.*}, data under the data directory). */
    public static BrokerSettings localBroker(Properties config) {
        return BrokerSettings.fromProperties(config, DataDirectory.of(config).resolve("kafka"));
    }

    public static KafkaConnection open(Properties config) {
        KafkaSettings configured = KafkaSettings.from(config);
        KafkaConnection connection;
        if (configured.hasBootstrapServers()) {
            connection = new KafkaConnection(configured, null);
        } else {
            BrokerSettings broker = localBroker(config);
            String address = broker.host() + ":" + broker.port();
            if (EmbeddedKafkaBroker.alreadyListening(broker)) {
                log.info("Using the embedded Kafka broker already running on {}", address);
                connection = new KafkaConnection(configured.withBootstrapServers(address), null);
            } else {
                log.info("No kafka.bootstrap.servers configured: starting the embedded Kafka broker on {}", address);
                EmbeddedKafkaBroker started = EmbeddedKafkaBroker.start(broker);
                connection = new KafkaConnection(configured.withBootstrapServers(started.bootstrapServers()), started);
            }
        }
        try (Admin admin = Admin.create(connection.settings.admin())) {
            new TopicProvisioner(admin, connection.settings).ensure(Topics.all());
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    public KafkaSettings settings() {
        return settings;
    }

    public boolean embedded() {
        return ownBroker != null;
    }

    @Override
    public void close() {
        if (ownBroker != null) {
            ownBroker.close();
        }
    }
}
