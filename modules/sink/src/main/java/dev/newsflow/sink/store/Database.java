package dev.newsflow.sink.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store: a connection pool on the configured JDBC URL, its {@link Dialect}, and its schema migrations
 * (Flyway, scripts under {@code db/migration/common} plus {@code db/migration/<vendor>}).
 *
 * <p>Opening never needs the database to be up: connections are made on demand, so a sink started while
 * the database is down waits for it instead of failing.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final StoreConfig config;
    private final Dialect dialect;
    private final HikariDataSource dataSource;

    private Database(StoreConfig config, Dialect dialect, HikariDataSource dataSource) {
        this.config = config;
        this.dialect = dialect;
        this.dataSource = dataSource;
    }

    public static Database open(StoreConfig config) {
        Dialect dialect = Dialect.of(config.url());
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(config.url());
        pool.setUsername(config.user());
        pool.setPassword(config.password());
        pool.setPoolName("newsflow-store");
        pool.setConnectionTimeout(config.connectTimeout().toMillis());
        pool.setValidationTimeout(Math.min(config.connectTimeout().toMillis(), 5_000));
        pool.setMinimumIdle(0);
        pool.setMaximumPoolSize(config.poolSize());
        // no connection at start-up: the database may come up after the sink
        pool.setInitializationFailTimeout(-1);
        if (dialect == Dialect.SQLITE) {
            createParentDirectory(config.url());
            // WAL lets the dashboard read while the sink writes; busy_timeout waits out a short lock instead of
            // failing at once; foreign keys are off by default in SQLite
            setDefault(pool, config.url(), "journal_mode", "WAL");
            setDefault(pool, config.url(), "busy_timeout", "5000");
            setDefault(pool, config.url(), "foreign_keys", "true");
        } else {
            setDefault(pool, config.url(), "connectTimeout", Long.toString(Math.max(1, config.connectTimeout().toSeconds())));
            // a database that stops answering without closing the connection must not hang the sink for ever:
            // the read fails, the batch is retried on a new connection
            setDefault(pool, config.url(), "socketTimeout", "120");
            setDefault(pool, config.url(), "ApplicationName", "newsflow");
        }
        return new Database(config, dialect, new HikariDataSource(pool));
    }

    /** Brings the schema up to date; fails when the database cannot be reached. */
    public MigrateResult migrate() {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocations())
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Store {} migrated to version {} ({} migrations)", config.redactedUrl(), result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        return result;
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public StoreConfig config() {
        return config;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** A driver property, unless the URL's query string sets it (jdbc:sqlite:file.db?busy_timeout=200). */
    private static void setDefault(HikariConfig pool, String url, String key, String value) {
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String parameter : url.substring(query + 1).split("&")) {
                if (parameter.startsWith(key + "=")) {
                    return;
                }
            }
        }
        pool.addDataSourceProperty(key, value);
    }

    private static void createParentDirectory(String url) {
        String location = url.substring("jdbc:sqlite:".length());
        int query = location.indexOf('?');
        if (query >= 0) {
            location = location.substring(0, query);
        }
        if (location.isEmpty() || location.startsWith(":memory:") || location.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(location).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store's directory " + parent + ": " + e.getMessage(), e);
        }
    }
}
