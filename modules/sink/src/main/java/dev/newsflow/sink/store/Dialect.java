package dev.newsflow.sink.store;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What differs between the store backends. Everything else (tables, upserts with
 * {@code INSERT ... ON CONFLICT ... DO UPDATE}, queries) is plain SQL both accept.
 */
public enum Dialect {

    /** The production store. */
    POSTGRESQL("postgresql", new PostgresSearchIndex()) {
        @Override
        public void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
            if (date == null) {
                statement.setNull(index, Types.DATE);
            } else {
                statement.setObject(index, date);
            }
        }

        @Override
        public LocalDate getDate(ResultSet rows, String column) throws SQLException {
            return rows.getObject(column, LocalDate.class);
        }

        @Override
        public String containsSql(String haystack) {
            return "strpos(" + haystack + ", ?) > 0";
        }

        @Override
        boolean isRejectionCode(SQLException e) {
            String state = e.getSQLState();
            // 22: data exception (value too long, bad encoding such as NUL bytes); 23: integrity constraint
            // violation; 54: program limit exceeded (e.g. a row or index entry too large)
            return state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"));
        }
    },

    /** The embedded default: one file, no server. */
    SQLITE("sqlite", new SqliteSearchIndex()) {
        @Override
        public void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
            // ISO-8601 text sorts and compares like the date it spells
            if (date == null) {
                statement.setNull(index, Types.VARCHAR);
            } else {
                statement.setString(index, date.toString());
            }
        }

        @Override
        public LocalDate getDate(ResultSet rows, String column) throws SQLException {
            String value = rows.getString(column);
            return value == null ? null : LocalDate.parse(value);
        }

        @Override
        public String containsSql(String haystack) {
            return "instr(" + haystack + ", ?) > 0";
        }

        @Override
        boolean isRejectionCode(SQLException e) {
            int primary = e.getErrorCode() & 0xff;
            if (primary == SQLITE_TOOBIG || primary == SQLITE_CONSTRAINT || primary == SQLITE_MISMATCH) {
                return true;
            }
            // batch failures from the driver carry the result code only in the message
            String message = e.getMessage() == null ? "" : e.getMessage().toUpperCase(Locale.ROOT);
            return message.contains("[SQLITE_CONSTRAINT") || message.contains("[SQLITE_TOOBIG")
                    || message.contains("[SQLITE_MISMATCH");
        }
    };

    private static final int SQLITE_TOOBIG = 18;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_MISMATCH = 20;

    private final String vendor;
    private final SearchIndex searchIndex;

    Dialect(String vendor, SearchIndex searchIndex) {
        this.vendor = vendor;
        this.searchIndex = searchIndex;
    }

    /** The dialect of a JDBC URL. */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        throw new IllegalArgumentException("unsupported store URL " + jdbcUrl
                + ": newsflow.store.url must start with jdbc:postgresql: or jdbc:sqlite:");
    }

    /** Flyway locations: the scripts every backend shares, then this backend's own. */
    public String[] migrationLocations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor};
    }

    public SearchIndex searchIndex() {
        return searchIndex;
    }

    /** Binds a date (null allowed) the way this backend stores dates. */
    public abstract void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException;

    /** Reads a date column written by {@link #setDate}; null stays null. */
    public abstract LocalDate getDate(ResultSet rows, String column) throws SQLException;

    /** A boolean SQL expression: {@code haystack} contains the next parameter as a substring. */
    public abstract String containsSql(String haystack);

    /**
     * True when the database refused the data itself (constraint, value too long, bad encoding): writing it
     * again will fail again, so the record goes to the dead letters. Anything else (connection lost, lock
     * timeout, server shutting down) is taken as the database being unavailable, and the batch is retried.
     */
    public boolean isRejection(SQLException failure) {
        Set<Throwable> seen = new HashSet<>();
        Throwable current = failure;
        while (current != null && seen.add(current)) {
            if (current instanceof SQLException sql) {
                if (isRejectionCode(sql)) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && !(sql instanceof BatchUpdateException && next == sql.getCause())
                        && isRejection(next)) {
                    return true;
                }
            }
            current = current.getCause();
        }
        return false;
    }

    /**
     * True when a failure says the database cannot be reached or is busy right now (connection refused or
     * lost, pool timeout, server starting or shutting down, file locked), as opposed to a fault in the
     * statements or the schema.
     */
    public boolean isUnavailable(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        Throwable current = failure;
        while (current != null && seen.add(current)) {
            if (current instanceof SQLTransientException || current instanceof SQLRecoverableException
                    || current instanceof SQLNonTransientConnectionException || current instanceof java.net.SocketException) {
                return true;
            }
            if (current instanceof SQLException sql && isUnavailableCode(sql)) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    abstract boolean isRejectionCode(SQLException e);

    boolean isUnavailableCode(SQLException e) {
        String state = e.getSQLState();
        // 08: connection exception; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now;
        // 53300: too many connections; 40001/40P01: serialization failure, deadlock (retrying succeeds)
        if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
                || state.equals("40001") || state.equals("40P01"))) {
            return true;
        }
        // SQLite: SQLITE_BUSY (5) and SQLITE_LOCKED (6), another connection holds the lock
        int primary = e.getErrorCode() & 0xff;
        return this == SQLITE && (primary == 5 || primary == 6);
    }
}
