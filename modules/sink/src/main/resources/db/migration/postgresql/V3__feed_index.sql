-- The feed's order (newest first, undated events last; see dev.newsflow.sink.query.EventQuery), so that a
-- page is read from the index instead of sorting every event. PostgreSQL sorts NULL highest, so DESC alone
-- would put undated events first: the index states NULLS LAST to match the query.
CREATE INDEX events_feed ON events (event_date DESC NULLS LAST, extracted_at_ms DESC, event_id DESC);
