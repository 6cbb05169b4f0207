package dev.newsflow.sink.query;

import dev.newsflow.sink.store.Database;
import dev.newsflow.sink.store.Dialect;
import dev.newsflow.sink.store.Regions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read side of the store, for the dashboard: the event feed with filters and paging, one article with
 * everything that explains it, and counts. Thread-safe; every call takes a pooled connection and returns it.
 * Failures to reach the database surface as {@link StoreQueryException}.
 */
public final class NewsStore {

    /** Largest page {@link #events} returns, whatever is asked. */
    public static final int MAX_PAGE_SIZE = 500;

    private final Database database;
    private final Dialect dialect;

    public NewsStore(Database database) {
        this.database = database;
        this.dialect = database.dialect();
    }

    /**
     * One page of the events matching the filter, newest first (event date, then extraction time).
     *
     * @param offset matching events to skip (0 or more)
     * @param limit page size, 1 to {@link #MAX_PAGE_SIZE}
     */
    public EventPage events(EventFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1.." + MAX_PAGE_SIZE + ", got " + offset + ", " + limit);
        }
        EventQuery query = new EventQuery(dialect, filter);
        try (Connection connection = database.dataSource().getConnection()) {
            long total;
            try (PreparedStatement count = query.count().prepare(connection, dialect); ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            List<EventView> events = total == 0 ? List.of() : readEvents(connection, query.page(offset, limit));
            return new EventPage(events, offset, limit, total);
        } catch (SQLException e) {
            throw new StoreQueryException("cannot read events: " + e.getMessage(), e);
        }
    }

    /** The article with this id, with its removed lines, repairs, mentions and events; empty when not stored. */
    public Optional<ArticleView> article(String id) {
        try (Connection connection = database.dataSource().getConnection()) {
            return readArticle(connection, id);
        } catch (SQLException e) {
            throw new StoreQueryException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Counts for the overview. Events are counted by event date within [from, to]; articles by publication
     * date within it (articles without a date count only when both bounds are null); dead letters always in
     * full, since they have no publication date.
     *
     * @param from first day included, or null for no lower bound
     * @param to last day included, or null for no upper bound
     */
    public Stats stats(LocalDate from, LocalDate to) {
        try (Connection connection = database.dataSource().getConnection()) {
            StatsQuery query = new StatsQuery(from, to);
            List<Stats.Count> perCategory = new ArrayList<>();
            try (PreparedStatement statement = query.eventsPerCategory().prepare(connection, dialect);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    perCategory.add(new Stats.Count(rows.getString(1), rows.getLong(2)));
                }
            }
            List<Stats.ProvinceCount> perProvince = provinceCounts(connection, query);
            List<Stats.DayCount> perDay = new ArrayList<>();
            try (PreparedStatement statement = query.eventsPerDay().prepare(connection, dialect);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    perDay.add(new Stats.DayCount(dialect.getDate(rows, "day"), rows.getLong("events")));
                }
            }
            List<Stats.Count> perStage = new ArrayList<>();
            long deadLetters = 0;
            try (PreparedStatement statement = connection.prepareStatement(StatsQuery.DEAD_LETTERS_PER_STAGE);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    perStage.add(new Stats.Count(rows.getString(1), rows.getLong(2)));
                    deadLetters += rows.getLong(2);
                }
            }
            Stats.Totals totals;
            try (PreparedStatement statement = query.articleTotals().prepare(connection, dialect);
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                long events = perCategory.stream().mapToLong(Stats.Count::count).sum();
                totals = new Stats.Totals(rows.getLong("articles"), rows.getLong("spam"), rows.getLong("duplicates"),
                        rows.getLong("relevant"), events, deadLetters);
            }
            return new Stats(perCategory, perProvince, perDay, totals, perStage);
        } catch (SQLException e) {
            throw new StoreQueryException("cannot count: " + e.getMessage(), e);
        }
    }

    private List<Stats.ProvinceCount> provinceCounts(Connection connection, StatsQuery query) throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(StatsQuery.PROVINCE_NAMES);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                names.put(rows.getString(1), rows.getString(2));
            }
        }
        List<Stats.ProvinceCount> counts = new ArrayList<>();
        try (PreparedStatement statement = query.eventsPerProvince().prepare(connection, dialect);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String code = rows.getString(1);
                counts.add(code == null
                        ? new Stats.ProvinceCount(Regions.NATIONAL, "全国", rows.getLong(2))
                        : new Stats.ProvinceCount(code, names.get(code), rows.getLong(2)));
            }
        }
        return counts;
    }

    private Optional<ArticleView> readArticle(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ArticleQuery.ARTICLE)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                List<ArticleView.RemovedLine> removed = readRemovals(connection, id);
                List<String> mentions = readMentions(connection, id);
                List<EventView> events = readEvents(connection, ArticleQuery.events(id));
                return Optional.of(new ArticleView(rows.getString("id"), rows.getString("url"), rows.getString("site"),
                        rows.getString("title"), dialect.getDate(rows, "published_date"),
                        Instant.ofEpochMilli(rows.getLong("fetched_at_ms")), rows.getString("text"), rows.getBoolean("spam"),
                        rows.getBoolean("relevant"), region(rows), rows.getString("declared_charset"),
                        rows.getString("detected_charset"), rows.getString("duplicate_of"), removed,
                        new ArticleView.Repairs(rows.getInt("converted_chars"), rows.getInt("pinyin_annotations"),
                                rows.getInt("mojibake_repaired"), rows.getInt("mojibake_unrecoverable")),
                        mentions, events, Instant.ofEpochMilli(rows.getLong("processed_at_ms"))));
            }
        }
    }

    private static List<ArticleView.RemovedLine> readRemovals(Connection connection, String id) throws SQLException {
        List<ArticleView.RemovedLine> removed = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(ArticleQuery.REMOVALS)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    removed.add(new ArticleView.RemovedLine(rows.getString("reason"), rows.getString("rule"), rows.getString("text")));
                }
            }
        }
        return removed;
    }

    private static List<String> readMentions(Connection connection, String id) throws SQLException {
        List<String> mentions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(ArticleQuery.MENTIONS)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    mentions.add(rows.getString("url"));
                }
            }
        }
        return mentions;
    }

    private List<EventView> readEvents(Connection connection, SqlQuery query) throws SQLException {
        Map<String, EventView> events = new LinkedHashMap<>();
        try (PreparedStatement statement = query.prepare(connection, dialect); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                EventView event = new EventView(rows.getString("event_id"), rows.getString("article_id"),
                        rows.getString("article_title"), rows.getString("url"), rows.getString("category"),
                        rows.getString("stage"), region(rows), dialect.getDate(rows, "event_date"),
                        dialect.getDate(rows, "deadline"), List.of(),
                        new EventView.EvidenceView(rows.getString("evidence_sentence"), rows.getInt("evidence_start"),
                                rows.getInt("evidence_end")),
                        rows.getDouble("confidence"), Instant.ofEpochMilli(rows.getLong("extracted_at_ms")));
                events.put(event.eventId(), event);
            }
        }
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, List<EventView.IndicatorView>> indicators = readIndicators(connection, events.keySet());
        List<EventView> complete = new ArrayList<>(events.size());
        for (EventView event : events.values()) {
            complete.add(new EventView(event.eventId(), event.articleId(), event.articleTitle(), event.url(),
                    event.category(), event.stage(), event.region(), event.date(), event.deadline(),
                    indicators.getOrDefault(event.eventId(), List.of()), event.evidence(), event.confidence(),
                    event.extractedAt()));
        }
        return complete;
    }

    private Map<String, List<EventView.IndicatorView>> readIndicators(Connection connection, Set<String> eventIds)
            throws SQLException {
        Map<String, List<EventView.IndicatorView>> byEvent = new HashMap<>();
        SqlQuery query = ArticleQuery.indicators(eventIds);
        try (PreparedStatement statement = query.prepare(connection, dialect); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                double value = rows.getDouble("value");
                byEvent.computeIfAbsent(rows.getString("event_id"), key -> new ArrayList<>())
                        .add(new EventView.IndicatorView(rows.getString("metric"), value, rows.getString("unit"),
                                rows.getBoolean("is_change")));
            }
        }
        byEvent.replaceAll((key, list) -> Collections.unmodifiableList(list));
        return byEvent;
    }

    private static RegionView region(ResultSet rows) throws SQLException {
        return new RegionView(rows.getString("region_adcode"), rows.getString("region_name"), rows.getString("province"),
                rows.getString("city"), rows.getString("county"));
    }
}
