package dev.newsflow.web.pipeline;

import dev.newsflow.kafka.Topics;
import dev.newsflow.web.source.PipelineHealth;
import dev.newsflow.web.source.PipelineHealth.ConsumerLag;
import dev.newsflow.web.source.PipelineHealth.StageThroughput;
import dev.newsflow.web.source.PipelineHealthSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the broker knows about the pipeline: the lag of every consumer group that commits offsets (the
 * Streams application, the sink...) on each topic it reads, how many records the dead-letter topic holds,
 * and the rate of every stage, whichever process runs it: pages the crawlers publish to {@code raw-pages}
 * and records each group commits per topic, per second (offsets, so transaction markers count as records).
 * Reads only; each call is bounded in time. Groups that commit nothing (such as the dashboards' own live
 * feeds) have no lag or rate to report and are left out.
 */
public final class KafkaBacklogProbe implements PipelineHealthSource {

    private static final Logger log = LoggerFactory.getLogger(KafkaBacklogProbe.class);
    private static final long TIMEOUT_SECONDS = 5;

    /** The stage name of pages published to raw-pages (by the crawlers, or anything else producing pages). */
    static final String PUBLISHED = "crawl → " + Topics.RAW_PAGES.name();

    private final Admin admin;
    private final StageRates rates = new StageRates(Duration.ofMinutes(1), Duration.ofSeconds(5));
    private final LongSupplier nanoClock;

    public KafkaBacklogProbe(Admin admin) {
        this(admin, System::nanoTime);
    }

    /** @param nanoClock a monotonic clock in nanoseconds, as {@link System#nanoTime()} */
    KafkaBacklogProbe(Admin admin, LongSupplier nanoClock) {
        this.admin = admin;
        this.nanoClock = nanoClock;
    }

    @Override
    public PipelineHealth health() {
        try {
            Map<String, Long> counters = new TreeMap<>();
            List<ConsumerLag> lags = consumerLag(counters);
            Long published = topicOffsets(Topics.RAW_PAGES.name()).published();
            if (published != null) {
                counters.put(PUBLISHED, published);
            }
            List<StageThroughput> throughput = rates.add(nanoClock.getAsLong(), counters);
            return new PipelineHealth(throughput, lags, null, null, topicOffsets(Topics.DEAD_LETTERS.name()).held(),
                    List.of());
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Cannot read the backlog from the broker: {}", e.toString());
            return PipelineHealth.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PipelineHealth.UNKNOWN;
        }
    }

    /** Each group's lag per topic; also puts each group's committed offsets per topic into {@code committedTotals}. */
    private List<ConsumerLag> consumerLag(Map<String, Long> committedTotals)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<ConsumerLag> lags = new ArrayList<>();
        for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            committed.values().removeIf(offset -> offset == null);
            if (committed.isEmpty()) {
                continue;
            }
            Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(committed.keySet(), OffsetSpec.latest());
            Map<String, Long> perTopic = new TreeMap<>();
            committed.forEach((partition, offset) ->
                    committedTotals.merge(group.groupId() + " ← " + partition.topic(), offset.offset(), Long::sum));
            committed.forEach((partition, offset) -> {
                ListOffsetsResultInfo end = ends.get(partition);
                if (end != null) {
                    perTopic.merge(partition.topic(), Math.max(0, end.offset() - offset.offset()), Long::sum);
                }
            });
            perTopic.forEach((topic, lag) -> lags.add(new ConsumerLag(group.groupId(), topic, lag)));
        }
        return lags;
    }

    /**
     * For a topic: the offsets it holds (end minus start, summed over partitions) and the offsets ever written
     * to it (end offsets summed); zero and null when the topic does not exist yet.
     */
    private TopicOffsets topicOffsets(String topic) throws ExecutionException, InterruptedException, TimeoutException {
        TopicDescription description;
        try {
            description = admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .get(topic);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return new TopicOffsets(0, null); // no topic yet: nothing held, no rate to give
            }
            throw e;
        }
        List<TopicPartition> partitions = description.partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, ListOffsetsResultInfo> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, ListOffsetsResultInfo> latest = offsets(partitions, OffsetSpec.latest());
        long held = 0;
        long published = 0;
        for (TopicPartition partition : partitions) {
            held += latest.get(partition).offset() - earliest.get(partition).offset();
            published += latest.get(partition).offset();
        }
        return new TopicOffsets(held, published);
    }

    /** @param published offsets ever written, null when the topic does not exist */
    private record TopicOffsets(long held, Long published) {}

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Iterable<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        return admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
