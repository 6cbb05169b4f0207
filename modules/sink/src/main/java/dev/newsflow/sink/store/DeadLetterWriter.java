package dev.newsflow.sink.store;

import dev.newsflow.contracts.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Records dead letters for the health view; a dead letter already stored is left as it is. */
final class DeadLetterWriter {

    static final String INSERT = "INSERT INTO dead_letters (dl_partition, dl_offset, source_topic, source_partition, "
            + "source_offset, record_key, stage, error_class, error_message, failed_at_ms, application) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dl_partition, dl_offset) DO NOTHING";
    /** Longest key kept; the full key stays in the dead-letters topic. */
    private static final int MAX_KEY_CHARS = 2048;

    void insert(Connection connection, List<StoreItem.DeadLetterRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (StoreItem.DeadLetterRow row : rows) {
                DeadLetter letter = row.deadLetter();
                insert.setInt(1, row.partition());
                insert.setLong(2, row.offset());
                insert.setString(3, letter.getTopic());
                insert.setInt(4, letter.getPartition());
                insert.setLong(5, letter.getOffset());
                ArticleWriter.setNullableString(insert, 6, keyText(letter.getKey()));
                insert.setString(7, letter.getStage());
                insert.setString(8, letter.getErrorClass());
                insert.setString(9, letter.getErrorMessage());
                insert.setLong(10, letter.getFailedAt().toEpochMilli());
                insert.setString(11, letter.getApplication());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The key as text for display (keys are UTF-8 strings on every newsflow topic), cut to a bounded length. */
    static String keyText(ByteBuffer key) {
        if (key == null) {
            return null;
        }
        ByteBuffer copy = key.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8).replace('\u0000', '\uFFFD');
        return text.length() <= MAX_KEY_CHARS ? text : text.substring(0, MAX_KEY_CHARS);
    }
}
