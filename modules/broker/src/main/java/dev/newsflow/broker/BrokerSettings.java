package dev.newsflow.broker;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where and how the embedded broker runs. Ports 0 mean "pick free ones at start"; the picked ports are
 * kept in the settings the running broker reports, so a restart can reuse them.
 *
 * @param dataDir persistent directory for the broker's log and metadata
 * @param host address to listen on and advertise (loopback by default: the embedded broker is for one machine)
 * @param port client (PLAINTEXT) listener port
 * @param controllerPort KRaft controller listener port
 * @param startupTimeoutMs how long to wait for the broker to answer after start
 * @param overrides any further broker properties, applied last
 */
public record BrokerSettings(Path dataDir, String host, int port, int controllerPort, long startupTimeoutMs,
        Map<String, String> overrides) {

    public static final int DEFAULT_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;

    public BrokerSettings {
        overrides = Map.copyOf(overrides);
    }

    public static BrokerSettings defaults(Path dataDir) {
        return new BrokerSettings(dataDir, "127.0.0.1", DEFAULT_PORT, DEFAULT_CONTROLLER_PORT, 60_000, Map.of());
    }

    /**
     * Reads {@code broker.*} keys: {@code broker.data-dir}, {@code broker.host}, {@code broker.port},
     * {@code broker.controller-port}, and {@code broker.override.<kafka server property>}.
     */
    public static BrokerSettings fromProperties(Properties props, Path defaultDataDir) {
        BrokerSettings d = defaults(defaultDataDir);
        java.util.Map<String, String> overrides = new java.util.LinkedHashMap<>();
        for (String name : props.stringPropertyNames()) {
            if (name.startsWith("broker.override.")) {
                overrides.put(name.substring("broker.override.".length()), props.getProperty(name));
            }
        }
        return new BrokerSettings(
                Path.of(props.getProperty("broker.data-dir", d.dataDir().toString())),
                props.getProperty("broker.host", d.host()),
                Integer.parseInt(props.getProperty("broker.port", Integer.toString(d.port()))),
                Integer.parseInt(props.getProperty("broker.controller-port", Integer.toString(d.controllerPort()))),
                Long.parseLong(props.getProperty("broker.startup-timeout-ms", Long.toString(d.startupTimeoutMs()))),
                overrides);
    }

    public BrokerSettings withPorts(int port, int controllerPort) {
        return new BrokerSettings(dataDir, host, port, controllerPort, startupTimeoutMs, overrides);
    }

    BrokerSettings withResolvedPorts() {
        int p = port == 0 ? EmbeddedKafkaBroker.freePort(host) : port;
        int c = controllerPort == 0 ? EmbeddedKafkaBroker.freePort(host) : controllerPort;
        return withPorts(p, c);
    }
}
