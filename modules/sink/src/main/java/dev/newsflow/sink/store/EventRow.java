package dev.newsflow.sink.store;

import dev.newsflow.contracts.Evidence;
import dev.newsflow.contracts.Indicator;
import dev.newsflow.contracts.ReformEvent;
import java.time.LocalDate;
import java.util.List;

/** A {@link ReformEvent} flattened into the columns of {@code events} and {@code event_indicators}. */
record EventRow(
        String eventId, String articleId, String url, String category, String stage, RegionRow region,
        LocalDate date, LocalDate deadline, String evidenceSentence, int evidenceStart, int evidenceEnd,
        double confidence, long extractedAtMs, List<IndicatorRow> indicators) {

    /** A figure of the evidence sentence, in sentence order. */
    record IndicatorRow(String metric, double value, String unit, boolean change) {}

    static EventRow of(ReformEvent event) {
        Evidence evidence = event.getEvidence();
        List<IndicatorRow> indicators = event.getIndicators().stream().map(EventRow::indicator).toList();
        return new EventRow(event.getEventId(), event.getArticleId(), event.getUrl(), event.getCategory(),
                event.getStage().name(), RegionRow.of(event.getRegion()), event.getDate(), event.getDeadline(),
                evidence.getSentence(), evidence.getStart(), evidence.getEnd(), event.getConfidence(),
                event.getExtractedAt().toEpochMilli(), indicators);
    }

    private static IndicatorRow indicator(Indicator indicator) {
        return new IndicatorRow(indicator.getMetric(), indicator.getValue(), indicator.getUnit(), indicator.getChange());
    }
}
