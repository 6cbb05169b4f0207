package dev.newsflow.web.live;

import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topics;
import dev.newsflow.ops.HealthCheck;
import dev.newsflow.ops.HealthResult;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;

/**
 * Follows {@code reform-events} from its end and hands each new event to the connected browsers. A
 * restarted dashboard shows what arrives from then on; the history comes from the store. Ready once it
 * owns its partitions and knows their end offsets, so an event produced after readiness is never missed.
 */
public final class LiveEventFeed implements HealthCheck, AutoCloseable {

    private final TopicFollower<ReformEvent> follower;

    /**
     * @param groupId this process's own consumer group, e.g. {@code newsflow-web-<random>}
     */
    public LiveEventFeed(KafkaSettings settings, String groupId, Consumer<ReformEvent> listener, MeterRegistry registry) {
        this.follower = new TopicFollower<>(settings, Topics.REFORM_EVENTS, groupId, TopicFollower.Start.END, listener,
                registry);
    }

    public LiveEventFeed start() {
        follower.start();
        return this;
    }

    @Override
    public String name() {
        return "live-feed";
    }

    @Override
    public HealthResult check() {
        if (follower.failure() != null) {
            return HealthResult.down(follower.failure());
        }
        int partitions = follower.assignedPartitions();
        return partitions > 0
                ? HealthResult.up(partitions + " partitions of " + follower.topicName() + " followed from their end")
                : HealthResult.down("waiting for partitions of " + follower.topicName());
    }

    @Override
    public void close() {
        follower.close();
    }
}
