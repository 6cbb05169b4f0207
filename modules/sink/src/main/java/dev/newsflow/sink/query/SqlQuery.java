package dev.newsflow.sink.query;

import dev.newsflow.sink.store.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * SQL text with its parameters, kept apart so that values only ever reach the database as bound parameters.
 *
 * @param sql the statement, with a {@code ?} per parameter
 * @param parameters the values, in order; {@link LocalDate}s are bound the dialect's way
 */
record SqlQuery(String sql, List<Object> parameters) {

    PreparedStatement prepare(Connection connection, Dialect dialect) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof LocalDate date) {
                    dialect.setDate(statement, i + 1, date);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
