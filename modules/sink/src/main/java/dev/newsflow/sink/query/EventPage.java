package dev.newsflow.sink.query;

import java.util.List;

/**
 * One page of the feed, newest first.
 *
 * @param events the events on this page (at most {@code limit})
 * @param offset how many matching events come before this page
 * @param limit the page size asked for
 * @param total how many events match the filter in all
 */
public record EventPage(List<EventView> events, int offset, int limit, long total) {

    /** True when events after this page match too. */
    public boolean hasMore() {
        return (long) offset + events.size() < total;
    }
}
