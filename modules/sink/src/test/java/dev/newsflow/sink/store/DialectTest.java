package dev.newsflow.sink.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void theDialectComesFromTheUrl() {
        assertEquals(Dialect.POSTGRESQL, Dialect.of("jdbc:postgresql://db:5432/newsflow"));
        assertEquals(Dialect.SQLITE, Dialect.of("jdbc:sqlite:/var/newsflow/newsflow.db"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Dialect.of("jdbc:mysql://x/y"));
        assertTrue(error.getMessage().contains("newsflow.store.url"));
    }

    @Test
    void migrationsAreTheSharedScriptsThenTheVendorsOwn() {
        assertArrayEquals(new String[] {"classpath:db/migration/common", "classpath:db/migration/postgresql"},
                Dialect.POSTGRESQL.migrationLocations());
        assertArrayEquals(new String[] {"classpath:db/migration/common", "classpath:db/migration/sqlite"},
                Dialect.SQLITE.migrationLocations());
    }

    @Test
    void postgresDataErrorsAreRejectionsAndConnectionErrorsAreNot() {
        assertTrue(Dialect.POSTGRESQL.isRejection(new SQLException("value too long", "22001")));
        assertTrue(Dialect.POSTGRESQL.isRejection(new SQLException("check violated", "23514")));
        assertTrue(Dialect.POSTGRESQL.isRejection(new SQLException("index row too big", "54000")));
        assertFalse(Dialect.POSTGRESQL.isRejection(new SQLException("connection refused", "08001")));
        assertFalse(Dialect.POSTGRESQL.isRejection(new SQLException("deadlock", "40P01")));
        assertFalse(Dialect.POSTGRESQL.isRejection(new SQLTransientConnectionException("pool timeout")));
    }

    @Test
    void aRejectionInsideABatchFailureIsFound() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "25P02", new int[0]);
        batch.setNextException(new SQLException("value too long for type character varying(64)", "22001"));
        assertTrue(Dialect.POSTGRESQL.isRejection(batch));
    }

    @Test
    void sqliteConstraintAndSizeErrorsAreRejectionsAndBusyIsNot() {
        assertTrue(Dialect.SQLITE.isRejection(new SQLException("[SQLITE_CONSTRAINT_CHECK] CHECK constraint failed", null, 275)));
        assertTrue(Dialect.SQLITE.isRejection(new SQLException("[SQLITE_TOOBIG] string or blob too big", null, 18)));
        assertTrue(Dialect.SQLITE.isRejection(new BatchUpdateException("[SQLITE_CONSTRAINT_CHECK] CHECK constraint failed", new int[0])));
        assertFalse(Dialect.SQLITE.isRejection(new SQLException("[SQLITE_BUSY] database is locked", null, 5)));
    }

    @Test
    void searchParametersQuoteEveryTerm() {
        LinkedHashSet<String> terms = new LinkedHashSet<>(List.of("医保", "o'k", "a\"b"));
        assertEquals("'医保' & 'o''k' & 'a\"b'", Dialect.POSTGRESQL.searchIndex().termsParameter(terms));
        assertEquals("\"医保\" AND \"o'k\" AND \"a\"\"b\"", Dialect.SQLITE.searchIndex().termsParameter(terms));
    }

    @Test
    void outagesAreToldApartFromFaults() {
        assertTrue(Dialect.POSTGRESQL.isUnavailable(new RuntimeException("migration failed",
                new SQLException("Connection refused", "08001"))));
        assertTrue(Dialect.POSTGRESQL.isUnavailable(new SQLTransientConnectionException("pool timeout")));
        assertTrue(Dialect.POSTGRESQL.isUnavailable(new SQLException("the database system is shutting down", "57P03")));
        assertFalse(Dialect.POSTGRESQL.isUnavailable(new SQLException("syntax error", "42601")));
        assertTrue(Dialect.SQLITE.isUnavailable(new SQLException("[SQLITE_BUSY] database is locked", null, 5)));
        assertFalse(Dialect.SQLITE.isUnavailable(new SQLException("[SQLITE_ERROR] no such table: events", null, 1)));
    }
}
