package dev.newsflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.web.api.ApiRoutes;
import dev.newsflow.web.api.ErrorResponses;
import dev.newsflow.web.api.LiveRoutes;
import dev.newsflow.web.api.JsonMapping;
import dev.newsflow.ops.HealthCheck;
import dev.newsflow.web.health.HealthRoutes;
import dev.newsflow.web.live.LiveClients;
import dev.newsflow.web.live.LiveEventFeed;
import dev.newsflow.web.pipeline.SiteFetchTracker;
import dev.newsflow.web.source.AggregateSource;
import dev.newsflow.web.source.ArticleSource;
import dev.newsflow.web.source.EventSource;
import dev.newsflow.web.source.PipelineHealthSource;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations dashboard: the page and its assets, the JSON API, the live feed over server-sent events,
 * {@code /metrics} in Prometheus format and {@code /health}. Built from its data sources with
 * {@link #builder(WebSettings)}; {@link #start()} binds the port, {@link #close()} stops everything it
 * started (the live feed's consumer included). The Prometheus registry may be shared with the rest of the
 * process so that, in {@code run}, the Streams application's metrics appear on the same {@code /metrics}.
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DashboardServer.class);
    private static final long HEARTBEAT_SECONDS = 15;

    private final WebSettings settings;
    private final Javalin app;
    private final LiveClients liveClients;
    private final LiveEventFeed feed;
    private final SiteFetchTracker sites;
    private final ScheduledExecutorService heartbeat;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DashboardServer(Builder builder) {
        this.settings = builder.settings;
        ObjectMapper json = JsonMapping.mapper();
        PrometheusMeterRegistry registry = builder.registry != null ? builder.registry
                : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.liveClients = new LiveClients(json, registry);
        List<HealthCheck> readiness = new ArrayList<>(builder.readiness);
        List<PipelineHealthSource> pipeline = new ArrayList<>(builder.pipeline);
        if (builder.kafka != null) {
            String instance = "newsflow-web-" + UUID.randomUUID();
            this.feed = new LiveEventFeed(builder.kafka, instance, liveClients, registry);
            this.sites = new SiteFetchTracker(builder.kafka, instance + "-sites", registry);
            readiness.add(feed);
            pipeline.add(sites);
        } else {
            this.feed = null;
            this.sites = null;
        }
        ApiRoutes api = new ApiRoutes(builder.events, builder.articles, builder.aggregates, pipeline);
        HealthRoutes health = new HealthRoutes(readiness);
        this.app = Javalin.create(config -> configure(config, json, registry, api, health));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "live-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    private void configure(JavalinConfig config, ObjectMapper json, PrometheusMeterRegistry registry, ApiRoutes api,
            HealthRoutes health) {
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(json, false));
        config.jetty.host = settings.bindAddress();
        config.jetty.port = settings.port();
        config.staticFiles.enableWebjars();
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/dev/newsflow/web/static";
            files.location = Location.CLASSPATH;
            files.headers = SecurityHeaders.ALL;
        });
        config.requestLogger.http(new RequestMetrics(registry));
        config.routes.before(ctx -> SecurityHeaders.ALL.forEach(ctx::header));
        api.register(config.routes);
        health.register(config.routes);
        new LiveRoutes(liveClients).register(config.routes);
        config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape()));
        ErrorResponses.register(config.routes);
    }

    public static Builder builder(WebSettings settings) {
        return new Builder(settings);
    }

    /** Binds the port and starts following the cluster; on failure everything is released. */
    public DashboardServer start() {
        try {
            app.start();
        } catch (RuntimeException e) {
            close(); // e.g. the port is taken: release the consumers made for the feed
            throw e;
        }
        if (feed != null) {
            feed.start();
            sites.start();
        }
        heartbeat.scheduleAtFixedRate(liveClients::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        log.info("Dashboard listening on {}", uri());
        return this;
    }

    /** The port actually bound (differs from the settings when they asked for 0). */
    public int port() {
        return app.port();
    }

    public URI uri() {
        String host = settings.bindAddress().contains(":") ? "[" + settings.bindAddress() + "]" : settings.bindAddress();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Stops the feed, ends the live streams and the server; calling it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        heartbeat.shutdownNow();
        if (feed != null) {
            feed.close();
            sites.close();
        }
        liveClients.closeAll();
        app.stop();
    }

    /** The dashboard's data sources and options; events, articles and aggregates are required. */
    public static final class Builder {

        private final WebSettings settings;
        private EventSource events;
        private ArticleSource articles;
        private AggregateSource aggregates;
        private final List<PipelineHealthSource> pipeline = new ArrayList<>();
        private final List<HealthCheck> readiness = new ArrayList<>();
        private PrometheusMeterRegistry registry;
        private KafkaSettings kafka;

        private Builder(WebSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /** Stored events for the list and its filters. */
        public Builder events(EventSource source) {
            this.events = source;
            return this;
        }

        /** Stored articles for the drill-down. */
        public Builder articles(ArticleSource source) {
            this.articles = source;
            return this;
        }

        /** Live counts for the charts (Kafka Streams Interactive Queries). */
        public Builder aggregates(AggregateSource source) {
            this.aggregates = source;
            return this;
        }

        /** One part of the pipeline's health; parts are merged in the order given. */
        public Builder pipelineHealth(PipelineHealthSource source) {
            this.pipeline.add(Objects.requireNonNull(source));
            return this;
        }

        /** Something that must be up for {@code /health/ready} to answer 200 (the store, the Streams app...). */
        public Builder readiness(HealthCheck check) {
            this.readiness.add(Objects.requireNonNull(check));
            return this;
        }

        /** The process's registry, shared with other components; by default the server makes its own. */
        public Builder meterRegistry(PrometheusMeterRegistry meterRegistry) {
            this.registry = meterRegistry;
            return this;
        }

        /**
         * Follow this cluster: {@code reform-events} from its end, pushing new events to browsers (and part of
         * readiness), and {@code crawl-state} from its beginning for the last successful fetch per site.
         */
        public Builder liveFeed(KafkaSettings kafkaSettings) {
            this.kafka = kafkaSettings;
            return this;
        }

        public DashboardServer build() {
            Objects.requireNonNull(events, "events source");
            Objects.requireNonNull(articles, "articles source");
            Objects.requireNonNull(aggregates, "aggregates source");
            return new DashboardServer(this);
        }
    }
}
