-- Full-text search over article titles and texts, PostgreSQL.
--
-- Chinese is written without spaces, so PostgreSQL's text-search parsers cannot find words in it. The sink
-- computes the terms itself (dev.newsflow.sink.store.SearchTerms): every pair of adjacent Han characters
-- (a character bigram) and every Latin/digit word, lower-cased. They are stored as a tsvector built with
-- array_to_tsvector, which takes the terms as they are (no parser, no dictionary), and indexed with GIN.
-- A query is split the same way and becomes an AND of its terms; the index narrows the candidates and an
-- exact substring check on the text then confirms the phrase.
--
-- Why bigrams rather than pg_trgm: most Chinese words have two characters (医保, 集采, 医改), which a trigram
-- index cannot look up at all; pg_trgm also needs an extension and only treats CJK characters as word
-- characters under some database locales. Bigrams need neither and work for every query of two or more
-- characters; a one-character query falls back to the substring check alone.
CREATE TABLE article_search (
    article_id VARCHAR(128) NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    terms      TSVECTOR     NOT NULL
);
CREATE INDEX article_search_terms ON article_search USING GIN (terms);
