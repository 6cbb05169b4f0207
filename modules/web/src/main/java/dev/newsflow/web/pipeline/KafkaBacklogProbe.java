package dev.newsflow.web.pipeline;

import dev.newsflow.kafka.Topics;
import dev.newsflow.web.source.PipelineHealth;
import dev.newsflow.web.source.PipelineHealth.ConsumerLag;
import dev.newsflow.web.source.PipelineHealthSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * What the broker knows about the pipeline's backlog: the lag of every consumer group that commits offsets
 * (the Streams application, the sink...) on each topic it reads, and how many records the dead-letter topic
 * holds. Reads only; each call is bounded in time. Groups that commit nothing (such as the dashboards' own
 * live feeds) have no lag to report and are left out.
 */
public final class KafkaBacklogProbe implements PipelineHealthSource {

    private static final Logger log = LoggerFactory.getLogger(KafkaBacklogProbe.class);
    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;

    public KafkaBacklogProbe(Admin admin) {
        this.admin = admin;
    }

    @Override
    public PipelineHealth health() {
        try {
            return new PipelineHealth(List.of(), consumerLag(), null, null, deadLetters(), List.of());
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Cannot read the backlog from the broker: {}", e.toString());
            return PipelineHealth.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PipelineHealth.UNKNOWN;
        }
    }

    private List<ConsumerLag> consumerLag() throws ExecutionException, InterruptedException, TimeoutException {
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

    /** Offsets held in the dead-letter topic (transaction markers make this a slight over-count). */
    private Long deadLetters() throws ExecutionException, InterruptedException, TimeoutException {
        String topic = Topics.DEAD_LETTERS.name();
        TopicDescription description;
        try {
            description = admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .get(topic);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return 0L; // no topic yet: nothing has failed
            }
            throw e;
        }
        List<TopicPartition> partitions = description.partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, ListOffsetsResultInfo> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, ListOffsetsResultInfo> latest = offsets(partitions, OffsetSpec.latest());
        long held = 0;
        for (TopicPartition partition : partitions) {
            held += latest.get(partition).offset() - earliest.get(partition).offset();
        }
        return held;
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Iterable<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        return admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
