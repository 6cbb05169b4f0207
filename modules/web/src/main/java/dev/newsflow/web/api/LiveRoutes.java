package dev.newsflow.web.api;

import dev.newsflow.web.live.LiveClients;
import dev.newsflow.web.query.EventFilter;
import io.javalin.config.RoutesConfig;

/**
 * {@code /api/live}: a server-sent event stream of new reform events passing the request's filter (same
 * parameters as {@code /api/events}). The filter is read before the stream opens, so a bad parameter is a
 * plain 400 answer rather than a broken stream.
 */
public final class LiveRoutes {

    private static final String PATH = "/api/live";
    private static final String FILTER = "newsflow.live-filter";

    private final LiveClients clients;

    public LiveRoutes(LiveClients clients) {
        this.clients = clients;
    }

    public void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> ctx.attribute(FILTER, QueryParameters.filter(ctx)));
        routes.sse(PATH, client -> {
            EventFilter filter = client.ctx().attribute(FILTER);
            clients.join(client, filter == null ? EventFilter.ANY : filter);
        });
    }
}
