package dev.newsflow.bench;

import dev.newsflow.clean.CleanedPage;
import dev.newsflow.clean.PageCleaner;
import dev.newsflow.clean.PageInput;
import dev.newsflow.clean.script.ScriptNormalizer;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.pipeline.PageSource;
import dev.newsflow.pipeline.ProcessedPage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The page pipeline on one core, page after page through the seeds and development pages. Each benchmark
 * also counts the page bytes it consumed ({@code bytes}, reported per second): MB/s is that rate over
 * 1,048,576. Run: {@code java -jar modules/bench/target/newsflow-bench.jar PagePipeline} from the repository root.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
@State(Scope.Thread)
public class PagePipelineBenchmark {

    private PageProcessor processor;
    private PageCleaner cleaner;
    private final ScriptNormalizer normalizer = new ScriptNormalizer();
    private List<PageSource> pages;
    private List<String[]> pageLines;
    private int next;

    /** Bytes consumed (page bytes here, clean-text bytes in ExtractionBenchmark), so JMH reports a byte rate too. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Consumed {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void load() {
        processor = PageProcessor.withDefaults();
        cleaner = PageCleaner.withDefaults();
        pages = BenchCorpus.pages(processor);
        pageLines = new ArrayList<>();
        for (PageSource page : pages) {
            // raw text lines as the normalizer sees them (the seeds and most dev pages are UTF-8)
            pageLines.add(new String(page.body(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) % pages.size();
        return i;
    }

    /** Bytes in, Article and events out: charset, boilerplate, spam, normalization, extraction. */
    @Benchmark
    public ProcessedPage wholePage(Consumed consumed) {
        PageSource page = pages.get(nextIndex());
        consumed.bytes += page.body().length;
        return processor.process(page);
    }

    /** Bytes in, cleaned article out: everything but extraction. */
    @Benchmark
    public CleanedPage cleaning(Consumed consumed) {
        PageSource page = pages.get(nextIndex());
        consumed.bytes += page.body().length;
        return cleaner.clean(new PageInput(page.body(), page.url(), page.contentType()));
    }

    /** Script normalization alone (mojibake repair, pinyin stripping, Traditional to Simplified) over a page's lines. */
    @Benchmark
    public int normalization(Consumed consumed) {
        int i = nextIndex();
        consumed.bytes += pages.get(i).body().length;
        int length = 0;
        for (String line : pageLines.get(i)) {
            length += normalizer.normalize(line).text().length();
        }
        return length;
    }
}
