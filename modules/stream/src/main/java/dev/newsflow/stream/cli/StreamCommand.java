package dev.newsflow.stream.cli;

import dev.newsflow.ops.HealthCheck;
import dev.newsflow.ops.HealthResult;
import dev.newsflow.ops.OperationsEndpoint;
import dev.newsflow.ops.OperationsOptions;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.stream.runtime.StreamApplication;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow stream}: runs the topology until SIGTERM / Ctrl-C, then stops cleanly. The configuration
 * comes from the supplier the command line wires in (the app's {@code --config}/{@code --set} options).
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Run the newsflow Kafka Streams application: raw-pages in; articles, quarantined-pages,",
                "reform-events (and per-category topics), dead-letters out. Uses kafka.bootstrap.servers, or",
                "starts the embedded broker when none is configured. Prints READY once Streams is RUNNING."})
public final class StreamCommand implements Callable<Integer> {

    private final Supplier<Properties> config;

    @Option(names = "--ready-timeout", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "Give up when not RUNNING within this time (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration readyTimeout;

    /** Kafka Streams' metrics and readiness (state RUNNING) for probes and Prometheus. */
    @Mixin
    OperationsOptions operations;

    public StreamCommand(Supplier<Properties> config) {
        this.config = config;
    }

    @Override
    public Integer call() throws Exception {
        StreamApplication app = StreamApplication.start(config.get(), PageProcessor.withDefaults());
        OperationsEndpoint endpoint = operations.startIfAsked("newsflow stream");
        KafkaStreamsMetrics metrics = null;
        if (endpoint != null) {
            metrics = new KafkaStreamsMetrics(app.streams());
            metrics.bindTo(endpoint.registry());
            endpoint.readiness(HealthCheck.of("streams", () -> app.isReady() ? HealthResult.up("RUNNING")
                    : HealthResult.down(app.state().name())));
        }
        try {
            return run(app);
        } finally {
            if (metrics != null) {
                metrics.close();
            }
            if (endpoint != null) {
                endpoint.close();
            }
        }
    }

    private int run(StreamApplication app) throws InterruptedException {
        Thread shutdown = new Thread(app::close, "newsflow-stream-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        if (!app.awaitReady(readyTimeout)) {
            boolean stopped = app.state() == KafkaStreams.State.PENDING_SHUTDOWN || app.state() == KafkaStreams.State.NOT_RUNNING;
            System.err.println(stopped ? "newsflow stream: stopped before it was RUNNING"
                    : "newsflow stream: not RUNNING after " + readyTimeout + " (state " + app.state() + ")");
            app.close();
            return 1;
        }
        System.out.println("newsflow stream: READY (Streams state RUNNING, bootstrap.servers=" + app.bootstrapServers() + ")");
        System.out.flush();
        app.awaitStop();
        return app.state() == KafkaStreams.State.ERROR ? 1 : 0;
    }
}
