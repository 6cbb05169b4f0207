-- newsflow store, part shared by every backend (PostgreSQL and SQLite run this file unchanged).
-- Conventions that keep one script valid on both:
--   * lengths are enforced with CHECK constraints, because SQLite ignores VARCHAR(n);
--   * dates are DATE (PostgreSQL) / ISO-8601 text 'YYYY-MM-DD' (SQLite; sorts and compares as dates);
--   * instants are BIGINT milliseconds since the epoch (*_ms), the contracts' own representation;
--   * list-valued fields live in child tables keyed by (parent id, position), replaced as a whole on upsert.

-- GB/T 2260 divisions seen on articles and events; province_code is the adcode of the containing
-- province (first two digits + 0000), NULL for the national level (000000).
CREATE TABLE regions (
    adcode        VARCHAR(6)   NOT NULL PRIMARY KEY CHECK (length(adcode) = 6),
    name          VARCHAR(100) NOT NULL CHECK (length(name) <= 100),
    province      VARCHAR(100) CHECK (length(province) <= 100),
    city          VARCHAR(100) CHECK (length(city) <= 100),
    county        VARCHAR(100) CHECK (length(county) <= 100),
    province_code VARCHAR(6)   CHECK (length(province_code) = 6)
);
CREATE INDEX regions_province_code ON regions (province_code);
CREATE INDEX regions_province ON regions (province);

-- One row per Article id (the latest version the sink saw). Repairs are counts, kept inline.
CREATE TABLE articles (
    id                     VARCHAR(128)  NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 128),
    url                    VARCHAR(2048) NOT NULL CHECK (length(url) <= 2048),
    site                   VARCHAR(253)  NOT NULL CHECK (length(site) <= 253),
    title                  VARCHAR(1000) NOT NULL CHECK (length(title) <= 1000),
    published_date         DATE,
    fetched_at_ms          BIGINT        NOT NULL,
    text                   TEXT          NOT NULL,
    spam                   BOOLEAN       NOT NULL,
    relevant               BOOLEAN       NOT NULL,
    declared_charset       VARCHAR(64)   CHECK (length(declared_charset) <= 64),
    detected_charset       VARCHAR(64)   NOT NULL CHECK (length(detected_charset) <= 64),
    region_adcode          VARCHAR(6)    NOT NULL CHECK (length(region_adcode) = 6),
    province_code          VARCHAR(6)    CHECK (length(province_code) = 6),
    simhash                BIGINT        NOT NULL,
    duplicate_of           VARCHAR(128)  CHECK (length(duplicate_of) <= 128),
    converted_chars        INTEGER       NOT NULL,
    pinyin_annotations     INTEGER       NOT NULL,
    mojibake_repaired      INTEGER       NOT NULL,
    mojibake_unrecoverable INTEGER       NOT NULL,
    processed_at_ms        BIGINT        NOT NULL
);
CREATE INDEX articles_published_date ON articles (published_date);
CREATE INDEX articles_province_date ON articles (province_code, published_date);
CREATE INDEX articles_site ON articles (site);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

-- Lines cleaning removed from an article, in page order, with why.
CREATE TABLE article_removals (
    article_id VARCHAR(128) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    reason     VARCHAR(32)  NOT NULL CHECK (length(reason) <= 32),
    rule       VARCHAR(500) NOT NULL CHECK (length(rule) <= 500),
    text       TEXT         NOT NULL,
    PRIMARY KEY (article_id, position)
);

-- Other URLs at which the same article was found (near-duplicate mentions of a canonical article).
CREATE TABLE article_mentions (
    article_id VARCHAR(128)  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL,
    url        VARCHAR(2048) NOT NULL CHECK (length(url) <= 2048),
    PRIMARY KEY (article_id, position)
);

-- One row per ReformEvent id. No foreign key to articles: the two topics are consumed independently,
-- so an event may arrive before its article.
CREATE TABLE events (
    event_id          VARCHAR(128)  NOT NULL PRIMARY KEY CHECK (length(event_id) BETWEEN 1 AND 128),
    article_id        VARCHAR(128)  NOT NULL CHECK (length(article_id) BETWEEN 1 AND 128),
    url               VARCHAR(2048) NOT NULL CHECK (length(url) <= 2048),
    category          VARCHAR(64)   NOT NULL CHECK (length(category) BETWEEN 1 AND 64),
    stage             VARCHAR(16)   NOT NULL CHECK (length(stage) <= 16),
    region_adcode     VARCHAR(6)    NOT NULL CHECK (length(region_adcode) = 6),
    province_code     VARCHAR(6)    CHECK (length(province_code) = 6),
    event_date        DATE,
    deadline          DATE,
    evidence_sentence TEXT          NOT NULL,
    evidence_start    INTEGER       NOT NULL CHECK (evidence_start >= 0),
    evidence_end      INTEGER       NOT NULL CHECK (evidence_end >= evidence_start),
    confidence        DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    extracted_at_ms   BIGINT        NOT NULL
);
-- The feed narrowed by category, province or stage; the unfiltered feed's index is backend-specific (V3).
CREATE INDEX events_category_date ON events (category, event_date);
CREATE INDEX events_province_date ON events (province_code, event_date);
CREATE INDEX events_stage_date ON events (stage, event_date);
CREATE INDEX events_article ON events (article_id);

-- Figures stated in an event's evidence sentence, in sentence order.
CREATE TABLE event_indicators (
    event_id  VARCHAR(128) NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    metric    VARCHAR(200) NOT NULL CHECK (length(metric) <= 200),
    value     DOUBLE PRECISION NOT NULL,
    unit      VARCHAR(32)  CHECK (length(unit) <= 32),
    is_change BOOLEAN      NOT NULL,
    PRIMARY KEY (event_id, position)
);

-- Dead letters read back from the dead-letters topic, for the health view. Keyed by their own position in
-- that topic, so a replay stores nothing twice; the failed record's bytes stay in the topic, not here.
CREATE TABLE dead_letters (
    dl_partition     INTEGER      NOT NULL,
    dl_offset        BIGINT       NOT NULL,
    source_topic     VARCHAR(255) NOT NULL,
    source_partition INTEGER      NOT NULL,
    source_offset    BIGINT       NOT NULL,
    record_key       VARCHAR(2048),
    stage            VARCHAR(32)  NOT NULL,
    error_class      VARCHAR(500) NOT NULL,
    error_message    TEXT         NOT NULL,
    failed_at_ms     BIGINT       NOT NULL,
    application      VARCHAR(255) NOT NULL,
    PRIMARY KEY (dl_partition, dl_offset)
);
CREATE INDEX dead_letters_stage ON dead_letters (stage);
