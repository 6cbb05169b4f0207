package dev.newsflow.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics an application needs at start-up, idempotently: missing topics are created with the
 * configured partitions and replication and their layout; existing ones are left alone (a partition count
 * that differs from the configuration is reported, never changed, since that would move keys).
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final long TIMEOUT_SECONDS = 60;

    private final Admin admin;
    private final KafkaSettings settings;

    public TopicProvisioner(Admin admin, KafkaSettings settings) {
        this.admin = admin;
        this.settings = settings;
    }

    /** Ensures the topics exist; returns the names it created. */
    public List<String> ensure(Collection<? extends Topic<?, ?>> topics) {
        try {
            Set<String> existing = new HashSet<>(admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            List<NewTopic> missing = new ArrayList<>();
            List<String> present = new ArrayList<>();
            for (Topic<?, ?> topic : topics) {
                if (existing.contains(topic.name())) {
                    present.add(topic.name());
                } else {
                    missing.add(new NewTopic(topic.name(), settings.partitions(), settings.replicationFactor())
                            .configs(topic.layout().topicConfigs()));
                }
            }
            List<String> created = create(missing);
            reportPartitionDrift(present);
            return created;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot provision Kafka topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while provisioning Kafka topics", e);
        }
    }

    private List<String> create(List<NewTopic> missing) throws InterruptedException, TimeoutException, ExecutionException {
        List<String> created = new ArrayList<>();
        if (missing.isEmpty()) {
            return created;
        }
        CreateTopicsResult result = admin.createTopics(missing);
        for (Map.Entry<String, ? extends org.apache.kafka.common.KafkaFuture<Void>> entry : result.values().entrySet()) {
            try {
                entry.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                created.add(entry.getKey());
                log.info("Created topic {} ({} partitions, replication {})", entry.getKey(), settings.partitions(),
                        settings.replicationFactor());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                // another instance created it between our listing and our request: the same outcome
            }
        }
        return created;
    }

    private void reportPartitionDrift(List<String> present) throws InterruptedException, TimeoutException, ExecutionException {
        if (present.isEmpty()) {
            return;
        }
        Map<String, TopicDescription> described = admin.describeTopics(present).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        for (TopicDescription description : described.values()) {
            if (description.partitions().size() != settings.partitions()) {
                log.warn("Topic {} has {} partitions where the configuration says {}; left as it is",
                        description.name(), description.partitions().size(), settings.partitions());
            }
        }
    }
}
