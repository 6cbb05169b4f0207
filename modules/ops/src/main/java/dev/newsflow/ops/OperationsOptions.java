package dev.newsflow.ops;

import picocli.CommandLine.Option;

/** The command-line options of a process's {@link OperationsEndpoint}, shared by crawl, stream and sink. */
public final class OperationsOptions {

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve /metrics (Prometheus), /health/live and /health/ready on this port.")
    Integer port;

    @Option(names = "--metrics-bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address the metrics and health endpoint listens on (default ${DEFAULT-VALUE}; 0.0.0.0 in a container).")
    String bind;

    /** The endpoint when {@code --metrics-port} was given, else null; prints where it listens. */
    public OperationsEndpoint startIfAsked(String process) {
        if (port == null) {
            return null;
        }
        OperationsEndpoint endpoint = OperationsEndpoint.start(bind, port);
        System.err.println(process + ": metrics at http://" + bind + ":" + endpoint.port() + "/metrics, health at /health");
        return endpoint;
    }
}
