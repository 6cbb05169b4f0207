package dev.newsflow.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker, combined broker and KRaft controller in one node, running inside this JVM.
 * It keeps its log in a persistent data directory (formatted on first start, reused afterwards), listens
 * on fixed ports and shuts down cleanly, so a laptop run survives a restart with its topics and offsets.
 * Single-node settings are the ones exactly-once processing needs: transaction and offsets topics with
 * replication factor 1 and min ISR 1.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private final BrokerSettings settings;
    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private volatile boolean closed;

    private EmbeddedKafkaBroker(BrokerSettings settings, KafkaRaftServer server, String bootstrapServers) {
        this.settings = settings;
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Whether something already listens where these settings put the broker: on one machine, the embedded
     * broker another newsflow process started (run modes then share it instead of failing on a taken port).
     */
    public static boolean alreadyListening(BrokerSettings settings) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Formats the data directory if it is new, starts the broker and waits until it answers metadata
     * requests.
     *
     * @throws BrokerStartException when the broker cannot start (ports taken, directory not writable...)
     */
    public static EmbeddedKafkaBroker start(BrokerSettings requested) {
        BrokerSettings settings = requested.withResolvedPorts();
        Path logDir = settings.dataDir().resolve("kraft-combined-logs").toAbsolutePath();
        try {
            Files.createDirectories(logDir);
            formatIfNew(logDir);
            KafkaConfig config = new KafkaConfig(serverProperties(settings, logDir), false);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            String bootstrap = settings.host() + ":" + settings.port();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(settings, server, bootstrap);
            try {
                broker.awaitReady(settings.startupTimeoutMs());
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            log.info("Embedded Kafka broker ready on {} (data in {})", bootstrap, settings.dataDir().toAbsolutePath());
            return broker;
        } catch (BrokerStartException e) {
            throw e;
        } catch (Exception e) {
            throw new BrokerStartException("cannot start the embedded Kafka broker on " + settings.host() + ":"
                    + settings.port() + " with data in " + settings.dataDir().toAbsolutePath() + ": " + e, e);
        }
    }

    /** {@code host:port} for clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public BrokerSettings settings() {
        return settings;
    }

    private static void formatIfNew(Path logDir) throws Exception {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setIgnoreFormatted(true)
                .run();
    }

    static Map<String, String> serverProperties(BrokerSettings s, Path logDir) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + s.host() + ":" + s.controllerPort());
        p.put("listeners", "PLAINTEXT://" + s.host() + ":" + s.port() + "," + CONTROLLER_LISTENER + "://"
                + s.host() + ":" + s.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://" + s.host() + ":" + s.port());
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // One node: every internal topic must be satisfiable by it, or transactions never start.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", "1");
        // Topics are provisioned explicitly by the application, with their partitions and retention.
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("unclean.leader.election.enable", "false");
        p.putAll(s.overrides());
        return p;
    }

    private void awaitReady(long timeoutMs) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        try (Admin admin = Admin.create(props)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new BrokerStartException("embedded Kafka broker on " + bootstrapServers
                                + " did not become ready within " + timeoutMs + " ms", e);
                    }
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerStartException("interrupted while waiting for the embedded broker", e);
        }
    }

    /** Stops the broker and waits until its log is flushed and closed. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.info("Stopping embedded Kafka broker on {}", bootstrapServers);
        server.shutdown();
        server.awaitShutdown();
    }

    /** A free TCP port on the given host, for settings that ask for any port (0). */
    static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host, e);
        }
    }
}
