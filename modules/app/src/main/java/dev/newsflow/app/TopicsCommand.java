package dev.newsflow.app;

import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topic;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists the topic registry, and creates the topics on the configured cluster on request. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "List newsflow's topics (name, layout, keying); with --create, create the missing ones on the configured cluster.")
final class TopicsCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Option(names = "--create", description = "Create missing topics (idempotent) on kafka.bootstrap.servers.")
    boolean create;

    @Override
    public Integer call() {
        Properties props = config.load();
        KafkaSettings kafka = KafkaSettings.from(props);
        for (Topic<?, ?> topic : Topics.all()) {
            System.out.printf("%-16s %-34s key: %s%n", topic.name(),
                    topic.layout().compacted() ? "compacted" : "retention " + topic.layout().retentionMs() / Topic.Layout.DAY_MS + " days",
                    topic.keying());
        }
        if (create) {
            if (!kafka.hasBootstrapServers()) {
                System.err.println("topics --create needs kafka.bootstrap.servers (in --config or --set)");
                return 2;
            }
            try (Admin admin = Admin.create(kafka.admin())) {
                List<String> created = new TopicProvisioner(admin, kafka).ensure(Topics.all());
                System.out.println(created.isEmpty() ? "All topics already exist." : "Created: " + String.join(", ", created));
            }
        }
        return 0;
    }
}
