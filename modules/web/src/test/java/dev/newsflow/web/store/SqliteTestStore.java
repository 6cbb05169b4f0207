package dev.newsflow.web.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.sink.query.NewsStore;
import dev.newsflow.sink.store.Database;
import dev.newsflow.sink.store.StoreConfig;
import dev.newsflow.sink.store.StoreItem;
import dev.newsflow.sink.store.StoreWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The sink's real store on an SQLite file in a fresh directory, filled through the sink's own writer. */
public final class SqliteTestStore implements AutoCloseable {

    private final Path directory;
    private final Database database;
    private final List<StoreItem> pending = new ArrayList<>();

    public SqliteTestStore() {
        try {
            directory = Files.createTempDirectory("newsflow-web-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = Database.open(StoreConfig.of("jdbc:sqlite:" + directory.resolve("newsflow.db")));
        database.migrate();
    }

    public SqliteTestStore add(Article article) {
        pending.add(new StoreItem.ArticleUpsert(article));
        return this;
    }

    public SqliteTestStore add(ReformEvent event) {
        pending.add(new StoreItem.EventUpsert(event));
        return this;
    }

    /** Writes what was added, as the sink would; fails the test when the store rejects anything. */
    public SqliteTestStore write() {
        try {
            assertEquals(List.of(), new StoreWriter(database).write(List.copyOf(pending)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        pending.clear();
        return this;
    }

    public NewsStore store() {
        return new NewsStore(database);
    }

    @Override
    public void close() {
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
