package dev.newsflow.crawl.kafka;

import dev.newsflow.contracts.CrawlState;
import dev.newsflow.crawl.frontier.FrontierListener;
import dev.newsflow.crawl.frontier.FrontierStore;
import dev.newsflow.crawl.frontier.FrontierStoreException;
import dev.newsflow.kafka.Topic;
import dev.newsflow.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frontier in the compacted {@code crawl-state} topic. Records are keyed by URL and partitioned by
 * host ({@link HostPartitioner}); every crawler instance consumes the topic in one consumer group, so
 * each partition, and so each host, belongs to exactly one instance at a time. On assignment a partition
 * is read from its beginning to the end offset of that moment (the compacted log is the frontier's
 * snapshot) and handed over whole; later records are passed on one by one. Offsets are never committed:
 * the state is always rebuilt from the log, which compaction keeps small.
 *
 * <p>Writes go through a {@link CrawlStateWriter}: a state the producer cannot store is sent again, and
 * when the topic stays unwritable {@link #poll}, {@link #save} and {@link #flush} throw
 * {@link FrontierStoreException} so the crawler stops rather than forget.
 *
 * <p>The topic is named by the caller (normally {@code Topics.CRAWL_STATE.name()}; tests use renamed
 * copies); keys and values use the registry's serdes for {@link Topics#CRAWL_STATE}.
 *
 * <p>Not thread-safe for {@link #poll} (the consumer is single-threaded); {@link #save} and
 * {@link #partitionOf} may be called from any thread.
 */
public final class KafkaFrontierStore implements FrontierStore {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaFrontierStore.class);

    private static final Topic<String, CrawlState> REGISTERED = Topics.CRAWL_STATE;

    private final Producer<String, CrawlState> producer;
    private final CrawlStateWriter writer;
    private final Consumer<String, CrawlState> consumer;
    private final String topic;
    private final Map<TopicPartition, Long> rebuildEnds = new HashMap<>();
    private final Map<TopicPartition, List<CrawlState>> rebuilding = new HashMap<>();
    private FrontierListener listener;
    private boolean subscribed;

    /**
     * @param producerProps client properties for writing (bootstrap servers, security...)
     * @param consumerProps client properties for reading; must name the crawler's consumer group
     * @param topic name of the compacted crawl-state topic, normally {@code Topics.CRAWL_STATE.name()}
     */
    public KafkaFrontierStore(Properties producerProps, Properties consumerProps, String topic) {
        this(new KafkaProducer<>(producerConfig(producerProps), REGISTERED.keySerde().serializer(),
                        REGISTERED.valueSerde().serializer()),
                new KafkaConsumer<>(consumerConfig(consumerProps), REGISTERED.keySerde().deserializer(),
                        REGISTERED.valueSerde().deserializer()),
                topic, CrawlStateWriter.RetryPolicy.DEFAULT);
    }

    /** The same from client maps, e.g. {@code KafkaSettings.producer(clientId)} and {@code consumer(groupId)}. */
    public KafkaFrontierStore(Map<String, Object> producerConfig, Map<String, Object> consumerConfig, String topic) {
        this(properties(producerConfig), properties(consumerConfig), topic);
    }

    static Properties properties(Map<String, Object> config) {
        Properties props = new Properties();
        props.putAll(config);
        return props;
    }

    KafkaFrontierStore(Producer<String, CrawlState> producer, Consumer<String, CrawlState> consumer, String topic,
                       CrawlStateWriter.RetryPolicy retries) {
        this.producer = producer;
        this.writer = new CrawlStateWriter(producer, topic, retries);
        this.consumer = consumer;
        this.topic = topic;
    }

    static Properties producerConfig(Properties props) {
        Properties copy = new Properties();
        copy.putAll(props);
        copy.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        copy.put(ProducerConfig.ACKS_CONFIG, "all");
        copy.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, HostPartitioner.class.getName());
        return copy;
    }

    static Properties consumerConfig(Properties props) {
        if (!props.containsKey(ConsumerConfig.GROUP_ID_CONFIG)) {
            throw new IllegalArgumentException("the crawl-state consumer needs a group.id: instances of one crawler share it");
        }
        Properties copy = new Properties();
        copy.putAll(props);
        copy.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        copy.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        copy.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Cooperative rebalancing moves only the partitions that change owner, so an instance joining does
        // not make every other instance drop and rebuild all of its hosts.
        copy.putIfAbsent(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        return copy;
    }

    @Override
    public void poll(Duration maxWait, FrontierListener frontierListener) {
        writer.resendDue();
        this.listener = frontierListener;
        if (!subscribed) {
            consumer.subscribe(List.of(topic), new Rebalance());
            subscribed = true;
        }
        ConsumerRecords<String, CrawlState> records;
        try {
            records = consumer.poll(maxWait);
        } catch (RecordDeserializationException poison) {
            LOG.error("skipping undecodable crawl-state record at {} offset {}: {}", poison.topicPartition(),
                    poison.offset(), poison.getMessage());
            consumer.seek(poison.topicPartition(), poison.offset() + 1);
            return;
        } catch (KafkaException e) {
            // the consumer wraps what a rebalance callback throws; a store failure keeps its own type
            if (e.getCause() instanceof FrontierStoreException storeFailure) {
                throw storeFailure;
            }
            throw e;
        }
        for (ConsumerRecord<String, CrawlState> record : records) {
            if (record.value() == null) {
                continue; // tombstone: nothing is deleted from the frontier this way
            }
            TopicPartition tp = new TopicPartition(record.topic(), record.partition());
            List<CrawlState> staged = rebuilding.get(tp);
            if (staged != null) {
                if (record.offset() < rebuildEnds.get(tp)) {
                    staged.add(record.value());
                } else {
                    // past the snapshot: hand the snapshot over first, then this record as an update
                    finishRebuild(tp);
                    frontierListener.onUpdate(tp.partition(), record.value());
                }
            } else {
                frontierListener.onUpdate(tp.partition(), record.value());
            }
        }
        for (TopicPartition tp : new ArrayList<>(rebuilding.keySet())) {
            if (consumer.position(tp) >= rebuildEnds.get(tp)) {
                finishRebuild(tp);
            }
        }
    }

    private void finishRebuild(TopicPartition tp) {
        List<CrawlState> log = rebuilding.remove(tp);
        rebuildEnds.remove(tp);
        if (log != null) {
            listener.onAssigned(tp.partition(), log);
        }
    }

    /** Called inside {@code consumer.poll}: partitions are read from the start, revocations passed on. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            consumer.seekToBeginning(partitions);
            for (TopicPartition tp : partitions) {
                rebuildEnds.put(tp, ends.getOrDefault(tp, 0L));
                rebuilding.put(tp, new ArrayList<>());
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            revoke(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            revoke(partitions);
        }

        private void revoke(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            partitions.forEach(tp -> {
                rebuilding.remove(tp);
                rebuildEnds.remove(tp);
            });
            Set<Integer> numbers = partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
            if (listener != null) {
                listener.onRevoked(numbers);
            }
        }
    }

    @Override
    public void save(CrawlState state) {
        writer.write(state);
    }

    @Override
    public void flush() {
        writer.flush();
    }

    @Override
    public int partitionOf(String url) {
        return HostPartitioner.partitionFor(url, producer.partitionsFor(topic).size());
    }

    @Override
    public void close() {
        // the consumer first: leaving the group revokes the partitions, and the crawler's revocation handler
        // still stores what it has through the producer
        try {
            consumer.close();
        } finally {
            writer.close(Duration.ofSeconds(30));
        }
    }
}
