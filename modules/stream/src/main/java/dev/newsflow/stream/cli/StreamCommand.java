package dev.newsflow.stream.cli;

import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.stream.runtime.StreamApplication;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
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

    public StreamCommand(Supplier<Properties> config) {
        this.config = config;
    }

    @Override
    public Integer call() throws Exception {
        StreamApplication app = StreamApplication.start(config.get(), PageProcessor.withDefaults());
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
