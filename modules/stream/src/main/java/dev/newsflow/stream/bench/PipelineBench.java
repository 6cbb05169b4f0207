package dev.newsflow.stream.bench;

import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.serde.AvroSerde;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topic;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.pipeline.PageSource;
import dev.newsflow.stream.runtime.StreamApplication;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the pipeline against the broker it runs on, in one run on the same records:
 * <ol>
 *   <li>broker alone: produce the N encoded pages to a scratch topic, then consume them (read_committed);</li>
 *   <li>pipeline: produce the same N pages to raw-pages, run the topology, until every page's outcome is
 *       committed (article, quarantine or dead letter);</li>
 *   <li>latency: offer fresh pages at half the measured pipeline rate and time each from produce to its
 *       committed outcome.</li>
 * </ol>
 * The caller provides an empty cluster (the command starts a fresh embedded broker).
 */
public final class PipelineBench {

    private static final Logger log = LoggerFactory.getLogger(PipelineBench.class);
    private static final Topic<String, byte[]> SCRATCH = new Topic<>("bench-raw-throughput", Serdes.String(),
            Serdes.ByteArray(), Topic.Layout.retained(Topic.Layout.DAY_MS), "scratch copy of the benchmark's raw pages");

    private final KafkaSettings kafka;
    private final Properties config;
    private final PageCorpus corpus;

    public PipelineBench(KafkaSettings kafka, Properties config, PageCorpus corpus) {
        this.kafka = kafka;
        this.config = config;
        this.corpus = corpus;
    }

    /**
     * Runs the phases. {@code warmupPages} go through the broker-alone path and the topology first, untimed,
     * so that both measured phases run on compiled code, as a pipeline that has run for a while does (the
     * page pipeline's JIT warm-up alone spans thousands of pages).
     */
    public BenchResult run(int pages, int warmupPages, Duration latencyPhase) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        AvroSerde<RawPage> serde = AvroSerde.of(RawPage.class);
        Batch measured = batch(run, pages, serde);
        Batch warmup = batch(run + "-warmup", warmupPages, serde);
        try (Admin admin = Admin.create(kafka.admin())) {
            new TopicProvisioner(admin, kafka).ensure(List.of(SCRATCH));
        }

        PageProcessor processor = PageProcessor.withDefaults();
        String guarantee = config.getProperty("newsflow.stream.processing-guarantee", "exactly_once_v2");
        try (StreamApplication app = StreamApplication.start(config, processor);
             OutputWatcher watcher = new OutputWatcher(kafka)) {
            if (!app.awaitReady(Duration.ofMinutes(3))) {
                throw new IllegalStateException("the stream application did not reach RUNNING (" + app.state() + ")");
            }
            if (warmupPages > 0) {
                brokerAlone(warmup.records());
                Timed warm = throughPipeline(warmup, watcher);
                log.info("Warm-up: {} pages through the pipeline in {} s", warmupPages, warm.seconds());
            }
            Timed raw = brokerAlone(measured.records());
            double rawSeconds = raw.seconds();
            CpuAccount.Usage rawUsage = raw.cpu();
            log.info("Broker alone: {} pages in {} s{}", pages, rawSeconds, rawUsage == null ? "" : "; CPU: " + rawUsage.toText());
            Timed pipeline = throughPipeline(measured, watcher);
            double pipelineSeconds = pipeline.seconds();
            CpuAccount.Usage usage = pipeline.cpu();
            log.info("Pipeline: {} pages in {} s{}", pages, pipelineSeconds, usage == null ? "" : "; CPU: " + usage.toText());
            double rate = pages / pipelineSeconds;
            double processorRate = processorAlone(processor, run, pages);
            log.info("Page pipeline alone: {} pages/s", processorRate);

            double offered = Math.max(1.0, rate / 2);
            int latencyPages = (int) Math.max(20, offered * latencyPhase.toSeconds());
            long[] latencies = latency(run, latencyPages, offered, serde, watcher);
            double mb = measured.bytes() / 1e6;
            return new BenchResult(pages, mb, rate, mb / pipelineSeconds, pages / rawSeconds, mb / rawSeconds,
                    rate / (pages / rawSeconds), offered, latencyPages, percentile(latencies, 50), percentile(latencies, 99),
                    latencies[latencies.length - 1], guarantee, processorRate,
                    app.streams().metadataForLocalThreads().size(), warmupPages, usage, rawUsage);
        }
    }

    /** Encoded raw pages of one phase, their URLs and their total size. */
    private record Batch(List<ProducerRecord<byte[], byte[]>> records, Set<String> urls, long bytes) {}

    private Batch batch(String run, int pages, AvroSerde<RawPage> serde) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(pages);
        Set<String> urls = new HashSet<>();
        long bytes = 0;
        for (int i = 0; i < pages; i++) {
            RawPage page = corpus.page(run, i);
            byte[] value = serde.serialize(Topics.RAW_PAGES.name(), page);
            bytes += value.length;
            urls.add(page.getUrl());
            records.add(new ProducerRecord<>(Topics.RAW_PAGES.name(), page.getUrl().getBytes(StandardCharsets.UTF_8), value));
        }
        return new Batch(records, urls, bytes);
    }

    /**
     * A measured phase: its seconds, and the process's CPU over the same span (null when the JVM cannot tell).
     * Clients are created before and closed after the span, so that their threads are alive when it is counted.
     */
    private record Timed(double seconds, CpuAccount.Usage cpu) {}

    /** From the first page produced to the last page's outcome committed. */
    private Timed throughPipeline(Batch batch, OutputWatcher watcher) {
        watcher.expect(batch.urls());
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.partitionsFor(Topics.RAW_PAGES.name());
            CpuAccount cpu = CpuAccount.start();
            long start = System.nanoTime();
            for (ProducerRecord<byte[], byte[]> r : batch.records()) {
                producer.send(r);
            }
            producer.flush();
            int expected = batch.urls().size();
            while (watcher.countSeen(batch.urls()) < expected) {
                watcher.poll(Duration.ofMillis(100));
                if (System.nanoTime() - start > Duration.ofMinutes(30).toNanos()) {
                    throw new IllegalStateException("only " + watcher.countSeen(batch.urls()) + " of " + expected
                            + " pages came out in 30 minutes");
                }
            }
            return new Timed((System.nanoTime() - start) / 1e9, cpu.stop());
        }
    }

    /**
     * Pages per second of the page pipeline alone, one thread, on pages like the run's (fresh ones of the same
     * templates, so that it warms up the same code without seeing the run's own texts).
     */
    private double processorAlone(PageProcessor processor, String run, int pages) {
        int count = Math.min(pages, 2000);
        List<PageSource> sources = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RawPage page = corpus.page(run + "-alone", i);
            byte[] body = new byte[page.getBody().remaining()];
            page.getBody().duplicate().get(body);
            sources.add(new PageSource(body, page.getUrl(), page.getContentType(), page.getPublisherAdcode()));
        }
        long start = System.nanoTime();
        for (PageSource source : sources) {
            try {
                processor.process(source);
            } catch (RuntimeException e) {
                // a rejected page costs what it costs, like in the stream
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * From the first send to the last record consumed back, for the records on a scratch topic. Clients are
     * created and connected before the clock starts, as the pipeline's are.
     */
    private Timed brokerAlone(List<ProducerRecord<byte[], byte[]>> records) {
        Map<String, Object> props = kafka.consumer("newsflow-bench-raw-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaProducer<byte[], byte[]> producer = producer();
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            producer.partitionsFor(SCRATCH.name());
            // assigned, not subscribed: a group join is a fixed cost that says nothing about throughput
            List<TopicPartition> partitions = consumer.partitionsFor(SCRATCH.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            partitions.forEach(consumer::position);
            CpuAccount cpu = CpuAccount.start();
            long start = System.nanoTime();
            for (ProducerRecord<byte[], byte[]> r : records) {
                producer.send(new ProducerRecord<>(SCRATCH.name(), r.key(), r.value()));
            }
            producer.flush();
            int consumed = 0;
            while (consumed < records.size()) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(200));
                consumed += batch.count();
            }
            return new Timed((System.nanoTime() - start) / 1e9, cpu.stop());
        }
    }


    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(kafka.producer("newsflow-bench"), new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends fresh pages at the offered rate and returns each page's latency (ms), sorted. */
    private long[] latency(String run, int count, double rate, AvroSerde<RawPage> serde, OutputWatcher watcher) {
        List<String> sent = new ArrayList<>(count);
        long intervalNanos = (long) (1e9 / rate);
        long next = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int i = 0; i < count; i++) {
                RawPage page = corpus.page(run + "-latency", i);
                while (System.nanoTime() < next) {
                    watcher.poll(Duration.ofMillis(Math.max(1, (next - System.nanoTime()) / 1_000_000)));
                }
                watcher.expect(List.of(page.getUrl()));
                producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), page.getUrl().getBytes(StandardCharsets.UTF_8),
                        serde.serialize(Topics.RAW_PAGES.name(), page)));
                producer.flush(); // one page at a time, as a crawler publishes them
                sent.add(page.getUrl());
                next += intervalNanos;
            }
        }
        Set<String> urls = new HashSet<>(sent);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (watcher.countSeen(urls) < urls.size() && System.nanoTime() < deadline) {
            watcher.poll(Duration.ofMillis(200));
        }
        long[] latencies = sent.stream().map(watcher::seen).filter(s -> s != null)
                .mapToLong(s -> Math.max(0, s.visibleAt() - s.producedAt())).toArray();
        if (latencies.length < sent.size()) {
            throw new IllegalStateException((sent.size() - latencies.length) + " latency pages never came out");
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
