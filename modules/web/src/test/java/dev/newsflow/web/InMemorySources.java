package dev.newsflow.web;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.web.query.EventFilter;
import dev.newsflow.web.query.EventPage;
import dev.newsflow.web.query.PageRequest;
import dev.newsflow.web.source.AggregateSource;
import dev.newsflow.web.source.ArticleSource;
import dev.newsflow.web.source.EventAggregates;
import dev.newsflow.web.source.EventAggregates.DailyCount;
import dev.newsflow.web.source.EventSource;
import dev.newsflow.web.view.ArticleView;
import dev.newsflow.web.view.EventView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-only data sources over lists held in memory, applying the same filter rules as the store. They stand
 * in for the sink's store and the Streams aggregates in tests of the HTTP layer.
 */
final class InMemorySources implements EventSource, ArticleSource, AggregateSource {

    private final List<ReformEvent> events = new CopyOnWriteArrayList<>();
    private final Map<String, Article> articles = new ConcurrentHashMap<>();

    InMemorySources add(Article article) {
        articles.put(article.getId(), article);
        return this;
    }

    InMemorySources add(ReformEvent event) {
        events.add(event);
        return this;
    }

    @Override
    public EventPage events(EventFilter filter, PageRequest page) {
        List<ReformEvent> matching = events.stream().filter(filter::matches)
                .sorted(Comparator.comparing(ReformEvent::getExtractedAt).reversed()).toList();
        List<EventView> items = matching.stream().skip(page.offset()).limit(page.limit()).map(EventView::of).toList();
        return new EventPage(matching.size(), page, items);
    }

    @Override
    public Optional<ArticleView> article(String id) {
        return Optional.ofNullable(articles.get(id)).map(ArticleView::of);
    }

    @Override
    public EventAggregates aggregates() {
        Map<String, Map<LocalDate, Long>> perCategory = new TreeMap<>();
        Map<String, Map<LocalDate, Long>> perProvince = new TreeMap<>();
        for (ReformEvent event : events) {
            if (event.getDate() == null) {
                continue;
            }
            String province = event.getRegion().getProvince() == null ? EventAggregates.NATIONAL
                    : event.getRegion().getProvince();
            perCategory.computeIfAbsent(event.getCategory(), k -> new TreeMap<>()).merge(event.getDate(), 1L, Long::sum);
            perProvince.computeIfAbsent(province, k -> new TreeMap<>()).merge(event.getDate(), 1L, Long::sum);
        }
        return new EventAggregates(flatten(perCategory), flatten(perProvince), Instant.now());
    }

    private static List<DailyCount> flatten(Map<String, Map<LocalDate, Long>> counts) {
        List<DailyCount> flat = new ArrayList<>();
        counts.forEach((key, days) -> days.forEach((day, count) -> flat.add(new DailyCount(key, day, count))));
        return flat;
    }
}
