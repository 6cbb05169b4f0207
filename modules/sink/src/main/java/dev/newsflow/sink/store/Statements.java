package dev.newsflow.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/** Runs a one-parameter statement once per key, as one JDBC batch. */
final class Statements {

    private Statements() {}

    static void runForEachKey(Connection connection, String sql, Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (String key : keys) {
                statement.setString(1, key);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
