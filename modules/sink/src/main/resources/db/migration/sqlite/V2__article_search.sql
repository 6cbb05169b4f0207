-- Full-text search over article titles and texts, SQLite.
--
-- The same terms as on PostgreSQL (character bigrams of Han text plus Latin/digit words, computed by
-- dev.newsflow.sink.store.SearchTerms and written separated by spaces) go into an FTS5 table whose
-- unicode61 tokenizer splits on those spaces. FTS5's own trigram tokenizer was not used because it cannot
-- look up two-character queries, the common case in Chinese (医保, 集采); using the same terms keeps both
-- backends answering the same queries the same way.
--
-- The FTS table is contentless (the article text already lives in articles) and addressed by a stable
-- integer key: an explicit INTEGER PRIMARY KEY survives VACUUM, an implicit rowid would not.
CREATE TABLE article_search_keys (
    seq        INTEGER      PRIMARY KEY,
    article_id VARCHAR(128) NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE article_search USING fts5(terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
