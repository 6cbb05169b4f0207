package dev.newsflow.web.api;

import dev.newsflow.web.source.AggregateSource;
import dev.newsflow.web.source.ArticleSource;
import dev.newsflow.web.source.EventAggregates;
import dev.newsflow.web.source.EventSource;
import dev.newsflow.web.source.PipelineHealth;
import dev.newsflow.web.source.PipelineHealthSource;
import dev.newsflow.web.source.SourceUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON API: {@code /api/events}, {@code /api/articles/{id}}, {@code /api/stats}. */
public final class ApiRoutes {

    private static final Logger log = LoggerFactory.getLogger(ApiRoutes.class);

    private final EventSource events;
    private final ArticleSource articles;
    private final AggregateSource aggregates;
    private final List<PipelineHealthSource> pipeline;

    public ApiRoutes(EventSource events, ArticleSource articles, AggregateSource aggregates,
            List<PipelineHealthSource> pipeline) {
        this.events = events;
        this.articles = articles;
        this.aggregates = aggregates;
        this.pipeline = List.copyOf(pipeline);
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/events", this::events);
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/stats", this::stats);
    }

    private void events(Context ctx) {
        ctx.json(EventPageView.of(events.events(QueryParameters.filter(ctx), QueryParameters.page(ctx))));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(articles.article(id)
                .orElseThrow(() -> new NotFoundResponse("no article with id " + id, Map.of())));
    }

    /**
     * The charts' counts and the pipeline's health are read independently: a source that cannot answer leaves
     * its part out (null, or unknown figures) and is named under {@code unavailable}, the rest still shows.
     */
    private void stats(Context ctx) {
        List<String> unavailable = new ArrayList<>();
        EventAggregates counts = null;
        try {
            counts = aggregates.aggregates();
        } catch (SourceUnavailableException e) {
            log.warn("Stats without event counts: {}", e.getMessage());
            unavailable.add(e.source());
        }
        PipelineHealth health = PipelineHealth.UNKNOWN;
        for (PipelineHealthSource source : pipeline) {
            try {
                health = health.merge(source.health());
            } catch (SourceUnavailableException e) {
                log.warn("Pipeline health without one source: {}", e.getMessage());
                unavailable.add(e.source());
            }
        }
        ctx.json(new StatsView(counts, health, unavailable));
    }
}
