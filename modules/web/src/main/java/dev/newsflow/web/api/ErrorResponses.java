package dev.newsflow.web.api;

import dev.newsflow.web.query.InvalidQueryException;
import dev.newsflow.web.source.SourceUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error answers JSON {@code {"error": "..."}}: 400 for a bad parameter, 404, 503 when a data source
 * cannot answer now, or 500 with the cause logged.
 */
public final class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {}

    public static void register(RoutesConfig routes) {
        routes.exception(InvalidQueryException.class,
                (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.getMessage())));
        routes.exception(SourceUnavailableException.class, (e, ctx) -> {
            log.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", e.getMessage()));
        });
        routes.exception(HttpResponseException.class,
                (e, ctx) -> ctx.status(e.getStatus()).json(Map.of("error", e.getMessage())));
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .json(Map.of("error", "internal error (" + e.getClass().getSimpleName() + "); see the server log"));
        });
        routes.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
            if (ctx.result() == null) {
                ctx.json(Map.of("error", "no such resource: " + ctx.path()));
            }
        });
    }
}
