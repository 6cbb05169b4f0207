package dev.newsflow.sink.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {

    @Test
    void aBatchFailureIsSummedUpByTheFailingEntrysError() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO articles ... ('全文...') was aborted",
                "22021", new int[0]);
        batch.setNextException(new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        assertEquals("SQLState 22021: ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", SqlErrors.summary(batch));
    }

    @Test
    void summariesAreNeverEmptyAndBounded() {
        assertEquals("SQLException", SqlErrors.summary(new SQLException()));
        String summary = SqlErrors.summary(new SQLException("x".repeat(5000)));
        assertEquals(SqlErrors.MAX_CHARS, summary.length());
        assertTrue(summary.endsWith("…"));
    }
}
