package dev.newsflow.stream.cli;

import dev.newsflow.broker.BrokerSettings;
import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.stream.bench.BenchResult;
import dev.newsflow.stream.bench.PageCorpus;
import dev.newsflow.stream.bench.PipelineBench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench}: the pipeline's throughput and latency against the raw broker's, on a fresh
 * embedded broker (so that a run never touches a real cluster's topics).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the stream pipeline on a fresh embedded broker: throughput (pages/s, MB/s) against",
                "the broker alone on the same records, and end-to-end latency percentiles at half the maximum rate.",
                "Pages are built from eval/seeds and eval/dev/pages, each one mutated so that no cache flatters."})
public final class BenchCommand implements Callable<Integer> {

    private final Supplier<Properties> config;

    @Option(names = {"-n", "--pages"}, defaultValue = "3000", description = "Pages for the throughput phases (default ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--warmup-pages", defaultValue = "3000",
            description = "Pages pushed through both paths, untimed, before measuring, so that both run compiled code (default ${DEFAULT-VALUE}).")
    int warmupPages;

    @Option(names = "--latency-seconds", defaultValue = "20", description = "Length of the latency phase (default ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--eval-dir", paramLabel = "DIR", description = "Where the evaluation pages are (default <newsflow home>/eval).")
    Path evalDir;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    public BenchCommand(Supplier<Properties> config) {
        this.config = config;
    }

    @Override
    public Integer call() throws Exception {
        Path eval = evalDir != null ? evalDir : Path.of(System.getProperty("newsflow.home", "."), "eval");
        PageCorpus corpus = PageCorpus.fromEvalDir(eval, System.nanoTime());
        Path scratch = Files.createTempDirectory("newsflow-bench-");
        Properties props = new Properties();
        props.putAll(config.get());
        props.remove("kafka.bootstrap.servers");
        props.setProperty("newsflow.stream.application-id", "newsflow-bench");
        props.setProperty("newsflow.stream.state-dir", scratch.resolve("streams").toString());
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(
                BrokerSettings.defaults(scratch.resolve("kafka")).withPorts(0, 0))) {
            props.setProperty("kafka.bootstrap.servers", broker.bootstrapServers());
            KafkaSettings kafka = KafkaSettings.from(props);
            BenchResult result = new PipelineBench(kafka, props, corpus).run(pages, warmupPages, Duration.ofSeconds(latencySeconds));
            System.out.println(json ? result.toJson() : result.toText());
        } finally {
            deleteQuietly(scratch);
        }
        return 0;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
