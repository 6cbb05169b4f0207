package dev.newsflow.web.api;

import dev.newsflow.web.query.EventPage;
import dev.newsflow.web.view.EventView;
import java.util.List;

/** A page of {@code /api/events}: the items, where they sit in the whole list, and how long it is. */
public record EventPageView(long total, int offset, int limit, List<EventView> items) {

    static EventPageView of(EventPage page) {
        return new EventPageView(page.total(), page.page().offset(), page.page().limit(),
                page.items());
    }
}
