package dev.newsflow.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Upserts and deletes articles with their child rows and search terms, as JDBC batches. */
final class ArticleWriter {

    static final String UPSERT = "INSERT INTO articles (id, url, site, title, published_date, fetched_at_ms, text, spam, "
            + "relevant, declared_charset, detected_charset, region_adcode, province_code, simhash, duplicate_of, "
            + "converted_chars, pinyin_annotations, mojibake_repaired, mojibake_unrecoverable, processed_at_ms) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (id) DO UPDATE SET url = excluded.url, site = excluded.site, title = excluded.title, "
            + "published_date = excluded.published_date, fetched_at_ms = excluded.fetched_at_ms, text = excluded.text, "
            + "spam = excluded.spam, relevant = excluded.relevant, declared_charset = excluded.declared_charset, "
            + "detected_charset = excluded.detected_charset, region_adcode = excluded.region_adcode, "
            + "province_code = excluded.province_code, simhash = excluded.simhash, duplicate_of = excluded.duplicate_of, "
            + "converted_chars = excluded.converted_chars, pinyin_annotations = excluded.pinyin_annotations, "
            + "mojibake_repaired = excluded.mojibake_repaired, mojibake_unrecoverable = excluded.mojibake_unrecoverable, "
            + "processed_at_ms = excluded.processed_at_ms";
    private static final String DELETE_REMOVALS = "DELETE FROM article_removals WHERE article_id = ?";
    private static final String DELETE_MENTIONS = "DELETE FROM article_mentions WHERE article_id = ?";
    private static final String DELETE_ARTICLE = "DELETE FROM articles WHERE id = ?";
    private static final String INSERT_REMOVAL = "INSERT INTO article_removals (article_id, position, reason, rule, text) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_MENTION = "INSERT INTO article_mentions (article_id, position, url) VALUES (?, ?, ?)";

    private final Dialect dialect;

    ArticleWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Writes these articles (one per id); child rows are replaced as a whole. */
    void upsert(Connection connection, List<ArticleRow> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (ArticleRow row : articles) {
                bind(upsert, row);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        List<String> ids = articles.stream().map(ArticleRow::id).toList();
        Statements.runForEachKey(connection, DELETE_REMOVALS, ids);
        Statements.runForEachKey(connection, DELETE_MENTIONS, ids);
        insertChildren(connection, articles);
        Map<String, Set<String>> terms = new LinkedHashMap<>();
        for (ArticleRow row : articles) {
            terms.put(row.id(), SearchTerms.ofArticle(row.title(), row.text()));
        }
        dialect.searchIndex().replace(connection, terms);
    }

    void delete(Connection connection, Collection<String> articleIds) throws SQLException {
        if (articleIds.isEmpty()) {
            return;
        }
        dialect.searchIndex().remove(connection, articleIds);
        Statements.runForEachKey(connection, DELETE_REMOVALS, articleIds);
        Statements.runForEachKey(connection, DELETE_MENTIONS, articleIds);
        Statements.runForEachKey(connection, DELETE_ARTICLE, articleIds);
    }

    private void bind(PreparedStatement statement, ArticleRow row) throws SQLException {
        int i = 0;
        statement.setString(++i, row.id());
        statement.setString(++i, row.url());
        statement.setString(++i, row.site());
        statement.setString(++i, row.title());
        dialect.setDate(statement, ++i, row.publishedDate());
        statement.setLong(++i, row.fetchedAtMs());
        statement.setString(++i, row.text());
        statement.setBoolean(++i, row.spam());
        statement.setBoolean(++i, row.relevant());
        setNullableString(statement, ++i, row.declaredCharset());
        statement.setString(++i, row.detectedCharset());
        statement.setString(++i, row.region().adcode());
        setNullableString(statement, ++i, row.region().provinceCode());
        statement.setLong(++i, row.simhash());
        setNullableString(statement, ++i, row.duplicateOf());
        statement.setInt(++i, row.convertedChars());
        statement.setInt(++i, row.pinyinAnnotations());
        statement.setInt(++i, row.mojibakeRepaired());
        statement.setInt(++i, row.mojibakeUnrecoverable());
        statement.setLong(++i, row.processedAtMs());
    }

    private static void insertChildren(Connection connection, List<ArticleRow> articles) throws SQLException {
        try (PreparedStatement removal = connection.prepareStatement(INSERT_REMOVAL);
                PreparedStatement mention = connection.prepareStatement(INSERT_MENTION)) {
            boolean anyRemoval = false;
            boolean anyMention = false;
            for (ArticleRow row : articles) {
                for (int position = 0; position < row.removals().size(); position++) {
                    ArticleRow.RemovalRow line = row.removals().get(position);
                    removal.setString(1, row.id());
                    removal.setInt(2, position);
                    removal.setString(3, line.reason());
                    removal.setString(4, line.rule());
                    removal.setString(5, line.text());
                    removal.addBatch();
                    anyRemoval = true;
                }
                for (int position = 0; position < row.mentions().size(); position++) {
                    mention.setString(1, row.id());
                    mention.setInt(2, position);
                    mention.setString(3, row.mentions().get(position));
                    mention.addBatch();
                    anyMention = true;
                }
            }
            if (anyRemoval) {
                removal.executeBatch();
            }
            if (anyMention) {
                mention.executeBatch();
            }
        }
    }

    static void setNullableString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
