package dev.newsflow.sink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch of items in one database transaction, as JDBC batches of idempotent upserts: writing the
 * same items again leaves the same rows.
 *
 * <p>When the database refuses some item's data ({@link Dialect#isRejection}), the transaction is rolled
 * back and the batch written again item by item, each under a savepoint: the refused items are returned
 * with the reason and everything else commits. Any other failure (database unreachable, lock timeout...) is
 * thrown as it is, with nothing committed, for the caller to retry.
 */
public final class StoreWriter {

    private static final Logger log = LoggerFactory.getLogger(StoreWriter.class);

    private final DataSource dataSource;
    private final ArticleWriter articles;
    private final EventWriter events;
    private final RegionWriter regions = new RegionWriter();
    private final DeadLetterWriter deadLetters = new DeadLetterWriter();
    private final Dialect dialect;

    public StoreWriter(Database database) {
        this(database.dataSource(), database.dialect());
    }

    StoreWriter(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.articles = new ArticleWriter(dialect);
        this.events = new EventWriter(dialect);
    }

    /** An item the database refused, and why. */
    public record Rejection(StoreItem item, SQLException reason) {}

    /**
     * Writes the items and commits.
     *
     * @return the items the database refused (empty when all were written)
     * @throws SQLException when the database could not be used; nothing was committed
     */
    public List<Rejection> write(List<StoreItem> items) throws SQLException {
        if (items.isEmpty()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                writeAll(connection, items);
                connection.commit();
                return List.of();
            } catch (SQLException e) {
                rollbackQuietly(connection, e);
                if (!dialect.isRejection(e)) {
                    throw e;
                }
                log.info("The store refused part of a batch of {} items ({}); writing them one by one", items.size(),
                        SqlErrors.summary(e));
            }
            List<Rejection> rejections = writeOneByOne(connection, items);
            connection.commit();
            return rejections;
        }
    }

    private List<Rejection> writeOneByOne(Connection connection, List<StoreItem> items) throws SQLException {
        List<Rejection> rejections = new ArrayList<>();
        for (StoreItem item : items) {
            Savepoint savepoint = connection.setSavepoint();
            try {
                writeAll(connection, List.of(item));
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                if (!dialect.isRejection(e)) {
                    rollbackQuietly(connection, e);
                    throw e;
                }
                connection.rollback(savepoint);
                rejections.add(new Rejection(item, e));
            }
        }
        return rejections;
    }

    private void writeAll(Connection connection, List<StoreItem> items) throws SQLException {
        // one write per key, the last in the batch (records of one key come in order from one partition)
        Map<String, StoreItem> articleChanges = new LinkedHashMap<>();
        Map<String, EventRow> eventRows = new LinkedHashMap<>();
        Map<String, StoreItem.DeadLetterRow> letters = new LinkedHashMap<>();
        for (StoreItem item : items) {
            // Java 17: no pattern matching for switch yet
            if (item instanceof StoreItem.ArticleUpsert upsert) {
                articleChanges.put(upsert.article().getId(), upsert);
            } else if (item instanceof StoreItem.ArticleDeletion deletion) {
                articleChanges.put(deletion.articleId(), deletion);
            } else if (item instanceof StoreItem.EventUpsert upsert) {
                eventRows.put(upsert.event().getEventId(), EventRow.of(upsert.event()));
            } else if (item instanceof StoreItem.DeadLetterRow row) {
                letters.put(row.partition() + "@" + row.offset(), row);
            }
        }
        List<ArticleRow> articleRows = new ArrayList<>();
        List<String> deletedArticles = new ArrayList<>();
        for (Map.Entry<String, StoreItem> change : articleChanges.entrySet()) {
            if (change.getValue() instanceof StoreItem.ArticleUpsert upsert) {
                articleRows.add(ArticleRow.of(upsert.article()));
            } else {
                deletedArticles.add(change.getKey());
            }
        }
        // sorted, so that sinks writing at the same time lock region rows in the same order
        Map<String, RegionRow> regionRows = new TreeMap<>();
        articleRows.forEach(row -> regionRows.put(row.region().adcode(), row.region()));
        eventRows.values().forEach(row -> regionRows.put(row.region().adcode(), row.region()));

        regions.upsert(connection, regionRows.values());
        articles.upsert(connection, articleRows);
        articles.delete(connection, deletedArticles);
        events.upsert(connection, List.copyOf(eventRows.values()));
        List<StoreItem.DeadLetterRow> letterRows = new ArrayList<>(letters.values());
        letterRows.sort(Comparator.comparingInt(StoreItem.DeadLetterRow::partition).thenComparingLong(StoreItem.DeadLetterRow::offset));
        deadLetters.insert(connection, letterRows);
    }

    private static void rollbackQuietly(Connection connection, SQLException cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
