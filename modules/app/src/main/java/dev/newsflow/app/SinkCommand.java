package dev.newsflow.app;

import dev.newsflow.ops.HealthCheck;
import dev.newsflow.ops.HealthResult;
import dev.newsflow.ops.OperationsEndpoint;
import dev.newsflow.ops.OperationsOptions;
import dev.newsflow.sink.SinkService;
import dev.newsflow.stream.runtime.KafkaConnection;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsflow sink}: writes articles, events and dead letters from Kafka to the store until Ctrl-C. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Write articles, reform events and dead letters from Kafka to the store until Ctrl-C.",
                "The store is newsflow.store.url: PostgreSQL (jdbc:postgresql://...) or, by default, an SQLite file",
                "in <data-dir>/newsflow.db. Offsets are committed only after the database commits, so a crash or",
                "a replay never loses or doubles a row. Run several instances to share the partitions."})
final class SinkCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    /** The sink's meters and its readiness (the store reachable). */
    @Mixin
    OperationsOptions operations;

    @Override
    public Integer call() {
        Properties props = config.load();
        try (KafkaConnection kafka = KafkaConnection.open(props);
                SinkService sink = new SinkService(props, kafka.settings());
                OperationsEndpoint endpoint = operations.startIfAsked("sink")) {
            if (endpoint != null) {
                sink.bindMetrics(endpoint.registry());
                endpoint.readiness(HealthCheck.of("store", () -> sink.outage().map(HealthResult::down)
                        .orElseGet(() -> HealthResult.up(sink.storedRecords() + " records stored"))));
            }
            Thread hook = new Thread(sink::close, "sink-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            sink.run();
        }
        return 0;
    }
}
