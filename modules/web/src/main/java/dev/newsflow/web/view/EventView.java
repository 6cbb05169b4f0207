package dev.newsflow.web.view;

import dev.newsflow.contracts.Evidence;
import dev.newsflow.contracts.Indicator;
import dev.newsflow.contracts.ReformEvent;
import java.util.List;

/**
 * A reform event as the HTTP API and the live feed send it: the ReformEvent contract's fields, with dates
 * as ISO-8601 strings. Mapped field by field so that the API stays stable when the Avro class changes.
 */
public record EventView(String eventId, String articleId, String url, String category, String stage,
        RegionView region, String date, String deadline, List<IndicatorView> indicators, EvidenceView evidence,
        double confidence, String extractedAt) {

    public static EventView of(ReformEvent event) {
        Evidence evidence = event.getEvidence();
        return new EventView(event.getEventId(), event.getArticleId(), event.getUrl(), event.getCategory(),
                event.getStage().name(), RegionView.of(event.getRegion()), Iso.date(event.getDate()),
                Iso.date(event.getDeadline()),
                event.getIndicators().stream().map(IndicatorView::of).toList(),
                new EvidenceView(evidence.getSentence(), evidence.getStart(), evidence.getEnd()),
                event.getConfidence(), Iso.instant(event.getExtractedAt()));
    }

    public record IndicatorView(String metric, double value, String unit, boolean change) {

        public static IndicatorView of(Indicator indicator) {
            return new IndicatorView(indicator.getMetric(), indicator.getValue(), indicator.getUnit(), indicator.getChange());
        }
    }

    /** @param start offset of the sentence in the article text (UTF-16 units); end is exclusive */
    public record EvidenceView(String sentence, int start, int end) {}
}
