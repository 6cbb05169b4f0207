package dev.newsflow.sink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The backend's full-text index over articles. Terms come from {@link SearchTerms}; each backend stores and
 * looks them up with its own machinery (see the V2 migration scripts for why bigrams).
 */
public interface SearchIndex {

    /** Replaces the terms of these articles (in the caller's transaction). */
    void replace(Connection connection, Map<String, Set<String>> termsByArticle) throws SQLException;

    /** Forgets these articles. */
    void remove(Connection connection, Collection<String> articleIds) throws SQLException;

    /** A subquery selecting the ids of articles that have every term; it takes one parameter, {@link #termsParameter}. */
    String matchingArticleIdsSql();

    /** The parameter of {@link #matchingArticleIdsSql()} for these terms (never empty). */
    String termsParameter(Set<String> terms);
}
