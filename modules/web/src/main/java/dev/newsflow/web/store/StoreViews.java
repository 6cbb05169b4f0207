package dev.newsflow.web.store;

import dev.newsflow.sink.query.ArticleView.RemovedLine;
import dev.newsflow.web.query.EventFilter;
import dev.newsflow.web.source.EventAggregates;
import dev.newsflow.web.view.ArticleView;
import dev.newsflow.web.view.ArticleView.RemovalView;
import dev.newsflow.web.view.ArticleView.RepairsView;
import dev.newsflow.web.view.EventView;
import dev.newsflow.web.view.EventView.EvidenceView;
import dev.newsflow.web.view.EventView.IndicatorView;
import dev.newsflow.web.view.Iso;
import dev.newsflow.web.view.RegionView;

/** Maps between the store's query records and the dashboard's, field by field. */
final class StoreViews {

    private StoreViews() {}

    static dev.newsflow.sink.query.EventFilter filter(EventFilter filter) {
        // the store names national events by their code, 000000
        String province = EventAggregates.NATIONAL.equals(filter.province()) ? "000000" : filter.province();
        return new dev.newsflow.sink.query.EventFilter(filter.category(), province,
                filter.stage() == null ? null : filter.stage().name(), filter.from(), filter.to(), null);
    }

    static EventView event(dev.newsflow.sink.query.EventView stored) {
        return new EventView(stored.eventId(), stored.articleId(), stored.url(), stored.category(), stored.stage(),
                region(stored.region()), Iso.date(stored.date()), Iso.date(stored.deadline()),
                stored.indicators().stream()
                        .map(i -> new IndicatorView(i.metric(), i.value(), i.unit(), i.change())).toList(),
                new EvidenceView(stored.evidence().sentence(), stored.evidence().start(), stored.evidence().end()),
                stored.confidence(), Iso.instant(stored.extractedAt()));
    }

    static ArticleView article(dev.newsflow.sink.query.ArticleView stored) {
        dev.newsflow.sink.query.ArticleView.Repairs repairs = stored.repairs();
        return new ArticleView(stored.id(), stored.url(), stored.site(), stored.title(), Iso.date(stored.publishedDate()),
                Iso.instant(stored.fetchedAt()), stored.text(), stored.spam(),
                stored.removed().stream().map(StoreViews::removal).toList(),
                new RepairsView(repairs.convertedChars(), repairs.pinyinAnnotations(), repairs.mojibakeRepaired(),
                        repairs.mojibakeUnrecoverable()),
                stored.declaredCharset(), stored.detectedCharset(), stored.relevant(), region(stored.region()),
                stored.duplicateOf(), stored.mentions(), Iso.instant(stored.processedAt()));
    }

    private static RemovalView removal(RemovedLine line) {
        return new RemovalView(line.reason(), line.rule(), line.text());
    }

    private static RegionView region(dev.newsflow.sink.query.RegionView region) {
        return region == null ? null
                : new RegionView(region.name(), region.province(), region.city(), region.county(), region.adcode());
    }
}
