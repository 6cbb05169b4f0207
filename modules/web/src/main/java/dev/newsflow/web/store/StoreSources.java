package dev.newsflow.web.store;

import dev.newsflow.sink.query.NewsStore;
import dev.newsflow.sink.query.Stats;
import dev.newsflow.sink.query.StoreQueryException;
import dev.newsflow.ops.HealthCheck;
import dev.newsflow.ops.HealthResult;
import dev.newsflow.web.query.EventFilter;
import dev.newsflow.web.query.EventPage;
import dev.newsflow.web.query.PageRequest;
import dev.newsflow.web.source.ArticleSource;
import dev.newsflow.web.source.EventSource;
import dev.newsflow.web.source.PipelineHealth;
import dev.newsflow.web.source.PipelineHealthSource;
import dev.newsflow.web.source.SourceUnavailableException;
import dev.newsflow.web.view.ArticleView;
import java.util.List;
import java.util.Optional;

/**
 * The sink's store as the dashboard's source of events and articles, of the spam rate and duplicate count
 * of what was stored, and as a readiness check (the store answers a query).
 */
public final class StoreSources implements EventSource, ArticleSource, PipelineHealthSource, HealthCheck {

    static final String NAME = "store";

    private final NewsStore store;

    public StoreSources(NewsStore store) {
        this.store = store;
    }

    @Override
    public EventPage events(EventFilter filter, PageRequest page) {
        try {
            dev.newsflow.sink.query.EventPage stored = store.events(StoreViews.filter(filter), page.offset(), page.limit());
            return new EventPage(stored.total(), page, stored.events().stream().map(StoreViews::event).toList());
        } catch (StoreQueryException e) {
            throw new SourceUnavailableException(NAME, e);
        }
    }

    @Override
    public Optional<ArticleView> article(String id) {
        try {
            return store.article(id).map(StoreViews::article);
        } catch (StoreQueryException e) {
            throw new SourceUnavailableException(NAME, e);
        }
    }

    /** Spam share and duplicates among stored articles (the Streams application knows the rates per window). */
    @Override
    public PipelineHealth health() {
        Stats.Totals totals;
        try {
            totals = store.stats(null, null).totals();
        } catch (StoreQueryException e) {
            throw new SourceUnavailableException(NAME, e);
        }
        Double spamRate = totals.articles() == 0 ? null : (double) totals.spam() / totals.articles();
        return new PipelineHealth(List.of(), List.of(), spamRate, totals.duplicates(), null, List.of());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public HealthResult check() {
        try {
            long events = store.events(dev.newsflow.sink.query.EventFilter.all(), 0, 1).total();
            return HealthResult.up(events + " events stored");
        } catch (RuntimeException e) {
            return HealthResult.down(e.getMessage());
        }
    }
}
