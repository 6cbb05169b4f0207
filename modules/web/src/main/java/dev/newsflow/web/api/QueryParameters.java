package dev.newsflow.web.api;

import dev.newsflow.contracts.Stage;
import dev.newsflow.web.query.EventFilter;
import dev.newsflow.web.query.InvalidQueryException;
import dev.newsflow.web.query.PageRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads the filter and paging parameters shared by {@code /api/events} and {@code /api/live}:
 * {@code category}, {@code province}, {@code stage}, {@code from}, {@code to} (ISO dates, inclusive),
 * {@code offset}, {@code limit}. A value that cannot be read is an {@link InvalidQueryException} naming the
 * parameter, never a silently ignored filter.
 */
final class QueryParameters {

    /** Bounds what one parameter can make the server hold and compare. */
    private static final int MAX_VALUE_LENGTH = 200;

    private QueryParameters() {}

    static EventFilter filter(Context ctx) {
        return new EventFilter(text(ctx, "category"), text(ctx, "province"), stage(ctx), date(ctx, "from"),
                date(ctx, "to"));
    }

    static PageRequest page(Context ctx) {
        return new PageRequest(integer(ctx, "offset", 0), integer(ctx, "limit", PageRequest.DEFAULT_LIMIT));
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidQueryException(name + " is longer than " + MAX_VALUE_LENGTH + " characters");
        }
        return value;
    }

    private static Stage stage(Context ctx) {
        String value = text(ctx, "stage");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Stage.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("stage must be one of " + Arrays.toString(Stage.values()));
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name + " must be an ISO date such as 2024-03-01");
        }
    }

    private static int integer(Context ctx, String name, int fallback) {
        String value = text(ctx, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name + " must be a whole number");
        }
    }
}
