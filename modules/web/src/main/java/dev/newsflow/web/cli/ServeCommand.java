package dev.newsflow.web.cli;

import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.stream.cli.ClusterAddress;
import dev.newsflow.web.DashboardServer;
import dev.newsflow.web.WebSettings;
import dev.newsflow.web.store.StoreAggregates;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow serve}: the operations dashboard on its own, until Ctrl-C. It reads the sink's store
 * ({@code newsflow.store.url}) for events, articles and daily counts, follows {@code reform-events} for the
 * live feed, and asks the broker for consumer lag and dead letters. The configuration comes from the
 * supplier the command line wires in (the app's {@code --config}/{@code --set} options).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the operations dashboard: live feed of reform events, filters, charts, drill-down",
                "to articles, pipeline health; JSON API under /api, Prometheus metrics at /metrics, /health.",
                "Reads the store (newsflow.store.url) and kafka.bootstrap.servers (default: this machine's embedded",
                "broker, at broker.host:broker.port, 127.0.0.1:9092 unless configured)."})
public final class ServeCommand implements Callable<Integer> {

    private final Supplier<Properties> config;

    @Option(names = "--port", paramLabel = "PORT",
            description = "TCP port (default: newsflow.web.port, else " + WebSettings.DEFAULT_PORT + ").")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: newsflow.web.bind-address, else " + WebSettings.DEFAULT_BIND_ADDRESS
                    + "; the dashboard has no login, so 0.0.0.0 only behind an authenticating proxy).")
    String bindAddress;

    public ServeCommand(Supplier<Properties> config) {
        this.config = config;
    }

    @Override
    public Integer call() throws InterruptedException {
        Properties props = config.get();
        KafkaSettings kafka = ClusterAddress.of(props);
        if (!KafkaSettings.from(props).hasBootstrapServers()) {
            System.err.println("newsflow serve: no kafka.bootstrap.servers; using the embedded broker at " + kafka.bootstrapServers());
        }
        WebSettings web = webSettings(props);
        PrometheusMeterRegistry registry = processRegistry();
        DashboardResources resources = DashboardResources.open(props, kafka);
        DashboardServer server;
        try {
            server = resources.builder(web, registry)
                    .aggregates(new StoreAggregates(resources.store()))
                    .pipelineHealth(resources.storeHealth())
                    .build().start();
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // the hook does the stopping itself: the JVM waits for hooks, not for this thread, once Ctrl-C arrives
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            resources.close();
            stopped.countDown();
        }, "serve-shutdown"));
        System.out.println("newsflow serve: dashboard at " + server.uri() + " (Ctrl-C stops it)");
        System.out.flush();
        stopped.await();
        return 0;
    }

    WebSettings webSettings(Properties props) {
        WebSettings web = WebSettings.from(props);
        if (port != null) {
            web = web.withPort(port);
        }
        if (bindAddress != null) {
            web = web.withBindAddress(bindAddress);
        }
        return web;
    }

    /** A Prometheus registry with the JVM's own metrics; {@code run} adds the Streams application's. */
    public static PrometheusMeterRegistry processRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        return registry;
    }
}
