package dev.newsflow.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Terms in a contentless FTS5 table (unicode61 tokenizer over space-separated terms), addressed through
 * {@code article_search_keys}, which gives every article a stable integer key.
 */
final class SqliteSearchIndex implements SearchIndex {

    private static final String ADD_KEY = "INSERT INTO article_search_keys (article_id) VALUES (?) ON CONFLICT (article_id) DO NOTHING";
    private static final String DELETE_TERMS = "DELETE FROM article_search WHERE rowid = (SELECT seq FROM article_search_keys WHERE article_id = ?)";
    private static final String INSERT_TERMS = "INSERT INTO article_search (rowid, terms) SELECT seq, ? FROM article_search_keys WHERE article_id = ?";
    private static final String DELETE_KEY = "DELETE FROM article_search_keys WHERE article_id = ?";

    @Override
    public void replace(Connection connection, Map<String, Set<String>> termsByArticle) throws SQLException {
        if (termsByArticle.isEmpty()) {
            return;
        }
        Statements.runForEachKey(connection, ADD_KEY, termsByArticle.keySet());
        Statements.runForEachKey(connection, DELETE_TERMS, termsByArticle.keySet());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_TERMS)) {
            for (Map.Entry<String, Set<String>> entry : termsByArticle.entrySet()) {
                insert.setString(1, String.join(" ", entry.getValue()));
                insert.setString(2, entry.getKey());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public void remove(Connection connection, Collection<String> articleIds) throws SQLException {
        Statements.runForEachKey(connection, DELETE_TERMS, articleIds);
        Statements.runForEachKey(connection, DELETE_KEY, articleIds);
    }

    @Override
    public String matchingArticleIdsSql() {
        return "SELECT k.article_id FROM article_search s JOIN article_search_keys k ON k.seq = s.rowid WHERE article_search MATCH ?";
    }

    @Override
    public String termsParameter(Set<String> terms) {
        // FTS5 query syntax: "string" AND "string"; a double quote inside a string is doubled
        return terms.stream()
                .map(term -> "\"" + term.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(" AND "));
    }
}
