package dev.newsflow.sink.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One stored reform event, as the feed and the article page show it.
 *
 * @param eventId stable event id
 * @param articleId the article it comes from
 * @param articleTitle that article's title, or null while the article is not stored yet
 * @param url the article's URL
 * @param category taxonomy code
 * @param stage stage name (ANNOUNCED, PILOT, TARGET, PROGRESS, OTHER)
 * @param region where it happens
 * @param date the article's publication date, or null
 * @param deadline for TARGET events, the deadline named; otherwise null
 * @param indicators figures of the evidence sentence, in sentence order
 * @param evidence the sentence and its offsets in the article text
 * @param confidence extractor confidence in [0, 1]
 * @param extractedAt when it was extracted
 */
public record EventView(String eventId, String articleId, String articleTitle, String url, String category, String stage,
        RegionView region, LocalDate date, LocalDate deadline, List<IndicatorView> indicators, EvidenceView evidence,
        double confidence, Instant extractedAt) {

    /**
     * A figure, e.g. 门诊量 +18.3 %.
     *
     * @param metric what is measured, in the article's words
     * @param value the number as written; negative for a decrease
     * @param unit unit as written, or null for a bare count
     * @param change true when the figure is a change rather than a level
     */
    public record IndicatorView(String metric, double value, String unit, boolean change) {}

    /**
     * The sentence an event was extracted from.
     *
     * @param sentence the sentence
     * @param start offset of its first character in the article text (UTF-16 code units, inclusive)
     * @param end offset just past its last character (exclusive)
     */
    public record EvidenceView(String sentence, int start, int end) {}
}
