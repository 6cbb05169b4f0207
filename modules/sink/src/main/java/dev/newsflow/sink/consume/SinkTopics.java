package dev.newsflow.sink.consume;

import dev.newsflow.kafka.Topics;
import java.util.List;
import java.util.Objects;

/**
 * The topics the sink reads, by name (serdes come from {@link Topics}). Normally the registry's; tests give
 * each class its own copies.
 *
 * @param articles topic of {@code Article}s
 * @param events topic of {@code ReformEvent}s
 * @param deadLetters topic of {@code DeadLetter}s: the sink writes its refused records there and, when
 *                    configured to, reads it back to count dead letters for the health view
 */
public record SinkTopics(String articles, String events, String deadLetters) {

    public SinkTopics {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }

    /** The registry's topics. */
    public static SinkTopics registry() {
        return new SinkTopics(Topics.ARTICLES.name(), Topics.REFORM_EVENTS.name(), Topics.DEAD_LETTERS.name());
    }

    /** The topics to subscribe to. */
    public List<String> subscribed(boolean includeDeadLetters) {
        return includeDeadLetters ? List.of(articles, events, deadLetters) : List.of(articles, events);
    }
}
