package dev.newsflow.web.cli;

import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.stream.runtime.StreamApplication;
import dev.newsflow.web.DashboardServer;
import dev.newsflow.web.WebSettings;
import dev.newsflow.ops.HealthCheck;
import dev.newsflow.ops.HealthResult;
import dev.newsflow.web.streams.LiveAggregateSource;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Properties;

/**
 * The dashboard inside {@code run}, next to the Streams application: the charts and the pipeline's rates
 * come from the application's state stores through Interactive Queries, its Kafka Streams metrics join
 * {@code /metrics}, and {@code /health/ready} waits for it to be RUNNING. Events, articles and the
 * store's figures come from the sink's store, as in {@code serve}. Close it before the Streams application.
 */
public final class InProcessDashboard implements AutoCloseable {

    private final DashboardResources resources;
    private final KafkaStreamsMetrics streamsMetrics;
    private final DashboardServer server;

    private InProcessDashboard(DashboardResources resources, KafkaStreamsMetrics streamsMetrics, DashboardServer server) {
        this.resources = resources;
        this.streamsMetrics = streamsMetrics;
        this.server = server;
    }

    /**
     * Starts the dashboard on the Streams application's cluster.
     *
     * @param config the run's configuration (store, {@code newsflow.web.*}, {@code kafka.*})
     * @param web where to listen
     * @param streams the running (or starting) Streams application of this process
     */
    public static InProcessDashboard start(Properties config, WebSettings web, StreamApplication streams) {
        KafkaSettings kafka = KafkaSettings.from(config).withBootstrapServers(streams.bootstrapServers());
        PrometheusMeterRegistry registry = ServeCommand.processRegistry();
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams.streams());
        streamsMetrics.bindTo(registry);
        LiveAggregateSource live = new LiveAggregateSource(streams.aggregates());
        DashboardResources resources = DashboardResources.open(config, kafka);
        try {
            DashboardServer server = resources.builder(web, registry)
                    .aggregates(live)
                    .pipelineHealth(live)
                    .pipelineHealth(resources.storeHealth())
                    .readiness(HealthCheck.of("streams", () -> streams.isReady()
                            ? HealthResult.up("Kafka Streams RUNNING")
                            : HealthResult.down("Kafka Streams " + streams.state())))
                    .build().start();
            return new InProcessDashboard(resources, streamsMetrics, server);
        } catch (RuntimeException e) {
            streamsMetrics.close();
            resources.close();
            throw e;
        }
    }

    public DashboardServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
        streamsMetrics.close();
        resources.close();
    }
}
