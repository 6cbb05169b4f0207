-- The feed's order (newest first, undated events last; see dev.newsflow.sink.query.EventQuery), so that a
-- page is read from the index instead of sorting every event. SQLite sorts NULL lowest, so scanning this
-- ascending index backwards gives exactly DESC NULLS LAST (SQLite accepts no NULLS LAST in an index).
CREATE INDEX events_feed ON events (event_date, extracted_at_ms, event_id);
