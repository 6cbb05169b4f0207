package dev.newsflow.extract;

import java.util.List;

/**
 * What one article yields.
 *
 * @param relevant whether the article reports at least one health-reform event ({@code events} is then non-empty)
 * @param region   the division the article is mainly about; never null ({@code 000000} national when unknown)
 * @param events   one event per (category, region), empty when not relevant
 */
public record Extraction(boolean relevant, Region region, List<ExtractedEvent> events) {
    public Extraction {
        events = List.copyOf(events);
    }
}
