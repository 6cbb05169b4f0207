package dev.newsflow.app;

import dev.newsflow.sink.SinkService;
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

    @Override
    public Integer call() {
        Properties props = config.load();
        try (KafkaConnection kafka = KafkaConnection.open(props);
                SinkService sink = new SinkService(props, kafka.settings())) {
            Thread hook = new Thread(sink::close, "sink-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            sink.run();
        }
        return 0;
    }
}
