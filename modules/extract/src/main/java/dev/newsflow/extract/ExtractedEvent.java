package dev.newsflow.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One reform event: one category acted on in one region, as one article reports it.
 *
 * @param eventId    stable: a hash of (articleId, category, region adcode)
 * @param category   a code of docs/reform-taxonomy.md
 * @param date       the article's publication date (null when unknown)
 * @param deadline   the TARGET's deadline named in the evidence sentence, or null
 * @param evidence   the event's best sentence, exactly {@code text.substring(start, end)}
 * @param start      offset of the evidence in the article's normalized text (inclusive)
 * @param end        offset of the evidence end (exclusive)
 * @param supporting the other sentences that report the same event, as [start, end) offsets
 */
public record ExtractedEvent(String eventId, String category, Stage stage, Region region, LocalDate date,
                             LocalDate deadline, List<Indicator> indicators, String evidence, int start, int end,
                             double confidence, List<Span> supporting) {

    public ExtractedEvent {
        indicators = List.copyOf(indicators);
        supporting = List.copyOf(supporting);
    }

    /** Offsets [start, end) of a sentence in the article's normalized text. */
    public record Span(int start, int end) {
    }

    /** An event without supporting sentences besides its evidence. */
    public ExtractedEvent(String eventId, String category, Stage stage, Region region, LocalDate date,
                          LocalDate deadline, List<Indicator> indicators, String evidence, int start, int end,
                          double confidence) {
        this(eventId, category, stage, region, date, deadline, indicators, evidence, start, end, confidence, List.of());
    }
}
