package dev.newsflow.sink.consume;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.kafka.Topics;
import dev.newsflow.sink.store.StoreItem;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Turns a consumed record into the store change it stands for. Records are consumed as bytes and decoded
 * here, so that a record that does not decode is still in hand, bytes and all, for its dead letter.
 */
final class RecordDecoder {

    private final SinkTopics topics;
    private final Deserializer<Article> articles = Topics.ARTICLES.valueSerde().deserializer();
    private final Deserializer<ReformEvent> events = Topics.REFORM_EVENTS.valueSerde().deserializer();
    private final Deserializer<DeadLetter> deadLetters = Topics.DEAD_LETTERS.valueSerde().deserializer();

    RecordDecoder(SinkTopics topics) {
        this.topics = topics;
    }

    /**
     * The change a record stands for; empty for records that change nothing (an event tombstone).
     *
     * @throws RuntimeException (a Kafka {@code SerializationException}) when the value does not decode
     */
    Optional<StoreItem> decode(ConsumerRecord<byte[], byte[]> record) {
        String topic = record.topic();
        byte[] value = record.value();
        if (topic.equals(topics.articles())) {
            if (value == null) {
                // a tombstone on the compacted topic: the article is gone
                return record.key() == null ? Optional.empty()
                        : Optional.of(new StoreItem.ArticleDeletion(new String(record.key(), StandardCharsets.UTF_8)));
            }
            return Optional.of(new StoreItem.ArticleUpsert(articles.deserialize(topic, value)));
        }
        if (value == null) {
            return Optional.empty();
        }
        if (topic.equals(topics.events())) {
            return Optional.of(new StoreItem.EventUpsert(events.deserialize(topic, value)));
        }
        if (topic.equals(topics.deadLetters())) {
            return Optional.of(new StoreItem.DeadLetterRow(record.partition(), record.offset(),
                    deadLetters.deserialize(topic, value)));
        }
        throw new IllegalArgumentException("record from unexpected topic " + topic);
    }

    boolean isDeadLetter(ConsumerRecord<?, ?> record) {
        return record.topic().equals(topics.deadLetters());
    }
}
