package dev.newsflow.sink;

import dev.newsflow.sink.store.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A real, empty store for one test class: a uniquely named schema in the build machine's PostgreSQL
 * (127.0.0.1:5432, user postgres, database test), or an SQLite file in a fresh directory. Closing it drops
 * the schema or deletes the directory.
 */
public abstract class TestStore implements AutoCloseable {

    /** How integration tests reach the machine's PostgreSQL; {@code -Dnewsflow.test.postgres=URL} overrides it. */
    public static final String POSTGRES = System.getProperty("newsflow.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = System.getProperty("newsflow.test.postgres.user", "postgres");

    /** The store's configuration (connect timeout generous enough for a loaded build machine). */
    public abstract StoreConfig config();

    public static TestStore postgres() {
        return new Postgres("sink_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    public static TestStore sqlite() {
        try {
            return new Sqlite(Files.createTempDirectory("newsflow-sink-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public abstract void close();

    static final class Postgres extends TestStore {
        private final String schema;

        Postgres(String schema) {
            this.schema = schema;
            execute("CREATE SCHEMA " + schema);
        }

        /** The schema's URL at another host:port (e.g. a proxy in front of the database). */
        public String url(String hostAndPort) {
            return POSTGRES.replace("127.0.0.1:5432", hostAndPort) + "?currentSchema=" + schema;
        }

        @Override
        public StoreConfig config() {
            return new StoreConfig(POSTGRES + "?currentSchema=" + schema, POSTGRES_USER, null, 4, Duration.ofSeconds(5));
        }

        @Override
        public void close() {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }

        private static void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(POSTGRES, POSTGRES_USER, null);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + POSTGRES + " is needed for this test: " + e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return "postgresql:" + schema;
        }
    }

    static final class Sqlite extends TestStore {
        private final Path directory;

        Sqlite(Path directory) {
            this.directory = directory;
        }

        public Path file() {
            return directory.resolve("newsflow.db");
        }

        @Override
        public StoreConfig config() {
            return new StoreConfig("jdbc:sqlite:" + file(), null, null, 4, Duration.ofSeconds(5));
        }

        @Override
        public void close() {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return "sqlite:" + file();
        }
    }
}
