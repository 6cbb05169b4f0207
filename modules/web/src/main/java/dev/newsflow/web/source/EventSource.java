package dev.newsflow.web.source;

import dev.newsflow.web.query.EventFilter;
import dev.newsflow.web.query.EventPage;
import dev.newsflow.web.query.PageRequest;

/** Stored reform events, as the dashboard lists them (the sink's store behind an adapter). */
public interface EventSource {

    /** Events matching the filter, newest extracted first. */
    EventPage events(EventFilter filter, PageRequest page);
}
