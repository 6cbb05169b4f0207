package dev.newsflow.sink.store;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.ReformEvent;

/** One change to the store, as decoded from one consumed record. */
public sealed interface StoreItem {

    /** Inserts or replaces the article with this id, with its removed lines, mentions and search terms. */
    record ArticleUpsert(Article article) implements StoreItem {}

    /** Removes an article (a tombstone on the compacted articles topic). */
    record ArticleDeletion(String articleId) implements StoreItem {}

    /** Inserts or replaces the event with this id, with its indicators. */
    record EventUpsert(ReformEvent event) implements StoreItem {}

    /**
     * Records a dead letter for the health view, identified by where it sits in the dead-letters topic.
     *
     * @param partition its partition in the dead-letters topic
     * @param offset its offset there
     */
    record DeadLetterRow(int partition, long offset, DeadLetter deadLetter) implements StoreItem {}
}
