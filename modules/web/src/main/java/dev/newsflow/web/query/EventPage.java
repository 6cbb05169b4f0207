package dev.newsflow.web.query;

import dev.newsflow.web.view.EventView;
import java.util.List;

/**
 * A page of events, newest first, with the number of events matching the filter in all.
 *
 * @param total events matching the filter
 * @param page the page that was asked for
 * @param items the events on this page
 */
public record EventPage(long total, PageRequest page, List<EventView> items) {

    public EventPage {
        items = List.copyOf(items);
    }
}
