package dev.newsflow.web.source;

/** Live event counts, read from the Streams application's state stores through Interactive Queries. */
public interface AggregateSource {

    EventAggregates aggregates();
}
