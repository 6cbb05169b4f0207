package dev.newsflow.app;

import dev.newsflow.broker.BrokerSettings;
import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.kafka.DataDirectory;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the embedded single-node Kafka broker on its own, until interrupted. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run the embedded Apache Kafka broker (KRaft, single node) until Ctrl-C.",
                "Its log lives in <data-dir>/kafka and survives restarts; other newsflow processes on this machine",
                "reach it at 127.0.0.1:9092 (kafka.bootstrap.servers)."})
final class BrokerCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Option(names = "--port", description = "Client port (default ${DEFAULT-VALUE}).", defaultValue = "9092")
    int port;

    @Option(names = "--controller-port", description = "KRaft controller port (default ${DEFAULT-VALUE}).", defaultValue = "9093")
    int controllerPort;

    @Option(names = "--no-topics", description = "Do not create newsflow's topics at start-up.")
    boolean noTopics;

    @Override
    public Integer call() throws Exception {
        Properties props = config.load();
        BrokerSettings settings = BrokerSettings.fromProperties(props, DataDirectory.of(props).resolve("kafka"))
                .withPorts(port, controllerPort);
        CountDownLatch stopped = new CountDownLatch(1);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(settings)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                broker.close();
                stopped.countDown();
            }, "broker-shutdown"));
            if (!noTopics) {
                KafkaSettings kafka = KafkaSettings.from(props).withBootstrapServers(broker.bootstrapServers());
                try (Admin admin = Admin.create(kafka.admin())) {
                    new TopicProvisioner(admin, kafka).ensure(Topics.all());
                }
            }
            System.out.println("Kafka broker ready: bootstrap.servers=" + broker.bootstrapServers()
                    + " (data in " + settings.dataDir().toAbsolutePath() + "). Ctrl-C stops it.");
            stopped.await();
        }
        return 0;
    }
}
