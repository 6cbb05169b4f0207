package dev.newsflow.extract.relevance;

/** How strongly a sentence reports its trigger as an event. */
public enum Reporting {
    /** Passing mention: no event. */
    NONE,
    /** Only figures: something measured. */
    MEASURED,
    /** Planned, ordered, piloted or under way. */
    PLANNED,
    /** Done, approved or measured with a result verb. */
    DONE
}
