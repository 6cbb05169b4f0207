package dev.newsflow.sink.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The SQL of {@link NewsStore#stats}: one date range applied to events and articles. */
final class StatsQuery {

    static final String DEAD_LETTERS_PER_STAGE = "SELECT stage, COUNT(*) FROM dead_letters GROUP BY stage ORDER BY COUNT(*) DESC, stage";
    static final String PROVINCE_NAMES = "SELECT province_code, MIN(province) FROM regions "
            + "WHERE province_code IS NOT NULL AND province IS NOT NULL GROUP BY province_code";

    private final String eventRange;
    private final String articleRange;
    private final List<Object> parameters = new ArrayList<>();

    StatsQuery(LocalDate from, LocalDate to) {
        List<String> events = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        if (from != null) {
            events.add("event_date >= ?");
            articles.add("published_date >= ?");
            parameters.add(from);
        }
        if (to != null) {
            events.add("event_date <= ?");
            articles.add("published_date <= ?");
            parameters.add(to);
        }
        eventRange = events.isEmpty() ? "" : " WHERE " + String.join(" AND ", events);
        articleRange = articles.isEmpty() ? "" : " WHERE " + String.join(" AND ", articles);
    }

    SqlQuery eventsPerCategory() {
        return new SqlQuery("SELECT category, COUNT(*) FROM events" + eventRange
                + " GROUP BY category ORDER BY COUNT(*) DESC, category", parameters);
    }

    SqlQuery eventsPerProvince() {
        return new SqlQuery("SELECT province_code, COUNT(*) FROM events" + eventRange
                + " GROUP BY province_code ORDER BY COUNT(*) DESC, province_code", parameters);
    }

    SqlQuery eventsPerDay() {
        String where = eventRange.isEmpty() ? " WHERE event_date IS NOT NULL" : eventRange;
        return new SqlQuery("SELECT event_date AS day, COUNT(*) AS events FROM events" + where
                + " GROUP BY event_date ORDER BY event_date", parameters);
    }

    SqlQuery articleTotals() {
        return new SqlQuery("SELECT COUNT(*) AS articles, "
                + "COALESCE(SUM(CASE WHEN spam THEN 1 ELSE 0 END), 0) AS spam, "
                + "COALESCE(SUM(CASE WHEN duplicate_of IS NOT NULL THEN 1 ELSE 0 END), 0) AS duplicates, "
                + "COALESCE(SUM(CASE WHEN relevant THEN 1 ELSE 0 END), 0) AS relevant FROM articles" + articleRange, parameters);
    }
}
