package dev.newsflow.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Terms in a {@code tsvector} column with a GIN index. {@code array_to_tsvector} stores the terms exactly as
 * given, and a {@code tsquery} literal looks them up exactly, so no text-search parser or dictionary (none of
 * which segments Chinese) touches them.
 */
final class PostgresSearchIndex implements SearchIndex {

    private static final String UPSERT = "INSERT INTO article_search (article_id, terms) VALUES (?, array_to_tsvector(?)) "
            + "ON CONFLICT (article_id) DO UPDATE SET terms = excluded.terms";
    private static final String DELETE = "DELETE FROM article_search WHERE article_id = ?";

    @Override
    public void replace(Connection connection, Map<String, Set<String>> termsByArticle) throws SQLException {
        if (termsByArticle.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Map.Entry<String, Set<String>> entry : termsByArticle.entrySet()) {
                upsert.setString(1, entry.getKey());
                upsert.setArray(2, connection.createArrayOf("text", entry.getValue().toArray()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    @Override
    public void remove(Connection connection, Collection<String> articleIds) throws SQLException {
        Statements.runForEachKey(connection, DELETE, articleIds);
    }

    @Override
    public String matchingArticleIdsSql() {
        return "SELECT article_id FROM article_search WHERE terms @@ CAST(? AS tsquery)";
    }

    @Override
    public String termsParameter(Set<String> terms) {
        // tsquery literal syntax: 'lexeme' & 'lexeme'; quotes and backslashes inside a lexeme are escaped
        return terms.stream()
                .map(term -> "'" + term.replace("\\", "\\\\").replace("'", "''") + "'")
                .collect(Collectors.joining(" & "));
    }
}
