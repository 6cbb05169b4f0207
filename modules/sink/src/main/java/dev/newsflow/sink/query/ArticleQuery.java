package dev.newsflow.sink.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** The SQL of the article page. */
final class ArticleQuery {

    static final String ARTICLE = "SELECT a.*, r.name AS region_name, r.province, r.city, r.county "
            + "FROM articles a LEFT JOIN regions r ON r.adcode = a.region_adcode WHERE a.id = ?";
    static final String REMOVALS = "SELECT reason, rule, text FROM article_removals WHERE article_id = ? ORDER BY position";
    static final String MENTIONS = "SELECT url FROM article_mentions WHERE article_id = ? ORDER BY position";

    private ArticleQuery() {}

    /** The events of one article, in text order. */
    static SqlQuery events(String articleId) {
        return new SqlQuery("SELECT " + EventQuery.COLUMNS + EventQuery.FROM
                + " WHERE e.article_id = ? ORDER BY e.evidence_start, e.event_id", List.of(articleId));
    }

    /** The indicators of these events, in sentence order. */
    static SqlQuery indicators(Collection<String> eventIds) {
        String placeholders = String.join(", ", Collections.nCopies(eventIds.size(), "?"));
        return new SqlQuery("SELECT event_id, metric, value, unit, is_change FROM event_indicators WHERE event_id IN ("
                + placeholders + ") ORDER BY event_id, position", new ArrayList<>(eventIds));
    }
}
