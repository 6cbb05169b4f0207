package dev.newsflow.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Upserts events with their indicators, as JDBC batches. */
final class EventWriter {

    static final String UPSERT = "INSERT INTO events (event_id, article_id, url, category, stage, region_adcode, "
            + "province_code, event_date, deadline, evidence_sentence, evidence_start, evidence_end, confidence, "
            + "extracted_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (event_id) DO UPDATE SET article_id = excluded.article_id, url = excluded.url, "
            + "category = excluded.category, stage = excluded.stage, region_adcode = excluded.region_adcode, "
            + "province_code = excluded.province_code, event_date = excluded.event_date, deadline = excluded.deadline, "
            + "evidence_sentence = excluded.evidence_sentence, evidence_start = excluded.evidence_start, "
            + "evidence_end = excluded.evidence_end, confidence = excluded.confidence, "
            + "extracted_at_ms = excluded.extracted_at_ms";
    private static final String DELETE_INDICATORS = "DELETE FROM event_indicators WHERE event_id = ?";
    private static final String INSERT_INDICATOR = "INSERT INTO event_indicators (event_id, position, metric, value, unit, is_change) "
            + "VALUES (?, ?, ?, ?, ?, ?)";

    private final Dialect dialect;

    EventWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Writes these events (one per id); indicators are replaced as a whole. */
    void upsert(Connection connection, List<EventRow> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (EventRow row : events) {
                int i = 0;
                upsert.setString(++i, row.eventId());
                upsert.setString(++i, row.articleId());
                upsert.setString(++i, row.url());
                upsert.setString(++i, row.category());
                upsert.setString(++i, row.stage());
                upsert.setString(++i, row.region().adcode());
                ArticleWriter.setNullableString(upsert, ++i, row.region().provinceCode());
                dialect.setDate(upsert, ++i, row.date());
                dialect.setDate(upsert, ++i, row.deadline());
                upsert.setString(++i, row.evidenceSentence());
                upsert.setInt(++i, row.evidenceStart());
                upsert.setInt(++i, row.evidenceEnd());
                upsert.setDouble(++i, row.confidence());
                upsert.setLong(++i, row.extractedAtMs());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        Statements.runForEachKey(connection, DELETE_INDICATORS, events.stream().map(EventRow::eventId).toList());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_INDICATOR)) {
            boolean any = false;
            for (EventRow row : events) {
                for (int position = 0; position < row.indicators().size(); position++) {
                    EventRow.IndicatorRow indicator = row.indicators().get(position);
                    insert.setString(1, row.eventId());
                    insert.setInt(2, position);
                    insert.setString(3, indicator.metric());
                    insert.setDouble(4, indicator.value());
                    ArticleWriter.setNullableString(insert, 5, indicator.unit());
                    insert.setBoolean(6, indicator.change());
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }
}
