package dev.newsflow.web.cli;

import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import dev.newsflow.sink.query.NewsStore;
import dev.newsflow.sink.store.Database;
import dev.newsflow.sink.store.StoreConfig;
import dev.newsflow.web.DashboardServer;
import dev.newsflow.web.WebSettings;
import dev.newsflow.web.pipeline.KafkaBacklogProbe;
import dev.newsflow.web.source.PipelineHealthSource;
import dev.newsflow.web.store.StoreSources;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a dashboard reads in a newsflow process, opened once: the sink's store ({@code newsflow.store.*}) and
 * an admin client on the cluster. {@link #builder} gives a server builder with the store's events and
 * articles, the broker's backlog, the live feed and the store's readiness; the caller adds the aggregates
 * ({@code serve}: the store's daily counts; {@code run}: the Streams application's Interactive Queries) and
 * any further health sources. Closing releases the store and the admin client, not the server.
 */
public final class DashboardResources implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DashboardResources.class);

    private final KafkaSettings kafka;
    private final Database database;
    private final Admin admin;
    private final NewsStore store;
    private final StoreSources storeSources;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DashboardResources(KafkaSettings kafka, Database database, Admin admin) {
        this.kafka = kafka;
        this.database = database;
        this.admin = admin;
        this.store = new NewsStore(database);
        this.storeSources = new StoreSources(store);
    }

    /**
     * Opens the store and the admin client and makes sure the topics exist (the live feed follows
     * {@code reform-events}). The store's schema is brought up to date when the database allows it; when it
     * does not (down, or a read-only account), the dashboard still starts and reports the store not ready.
     */
    public static DashboardResources open(Properties config, KafkaSettings kafka) {
        Database database = Database.open(StoreConfig.from(config));
        Admin admin = null;
        try {
            migrate(database);
            admin = Admin.create(kafka.admin());
            new TopicProvisioner(admin, kafka).ensure(Topics.all());
            return new DashboardResources(kafka, database, admin);
        } catch (RuntimeException e) {
            if (admin != null) {
                admin.close();
            }
            database.close();
            throw e;
        }
    }

    private static void migrate(Database database) {
        try {
            database.migrate();
        } catch (RuntimeException e) {
            log.warn("Cannot bring the store's schema up to date ({}); the dashboard starts and shows the store as not ready",
                    e.getMessage());
        }
    }

    /** A server builder over the store, the broker's backlog and the live feed; add the aggregates. */
    public DashboardServer.Builder builder(WebSettings web, PrometheusMeterRegistry registry) {
        return DashboardServer.builder(web)
                .events(storeSources)
                .articles(storeSources)
                .pipelineHealth(new KafkaBacklogProbe(admin))
                .readiness(storeSources)
                .meterRegistry(registry)
                .liveFeed(kafka);
    }

    public NewsStore store() {
        return store;
    }

    /** Spam share and duplicates among stored articles: a fallback after the Streams application's rates. */
    public PipelineHealthSource storeHealth() {
        return storeSources;
    }

    /** Releases the admin client and the store's connections; calling it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        admin.close();
        database.close();
    }
}
