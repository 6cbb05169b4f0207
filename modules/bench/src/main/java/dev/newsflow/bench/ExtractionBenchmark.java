package dev.newsflow.bench;

import dev.newsflow.clean.CleanedPage;
import dev.newsflow.clean.PageCleaner;
import dev.newsflow.clean.PageInput;
import dev.newsflow.extract.ArticleText;
import dev.newsflow.extract.Extraction;
import dev.newsflow.extract.ReformEventExtractor;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.pipeline.PageSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Event extraction alone on one core: the seeds and development pages are cleaned once in the set-up, then
 * {@link ReformEventExtractor#extract} runs article after article on their clean text, as the page pipeline
 * calls it. Each operation also counts the UTF-8 bytes of the clean title and text it read ({@code bytes},
 * reported per second): MB/s of clean text is that rate over 1,048,576.
 * Run: {@code java -jar modules/bench/target/newsflow-bench.jar ExtractionBenchmark} from the repository root.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
@State(Scope.Thread)
public class ExtractionBenchmark {

    private ReformEventExtractor extractor;
    private final List<ArticleText> articles = new ArrayList<>();
    private final List<Integer> articleBytes = new ArrayList<>();
    private int next;

    @Setup
    public void load() {
        extractor = ReformEventExtractor.withDefaults();
        PageCleaner cleaner = PageCleaner.withDefaults();
        int number = 0;
        for (PageSource page : BenchCorpus.pages(PageProcessor.withDefaults())) {
            CleanedPage cleaned = cleaner.clean(new PageInput(page.body(), page.url(), page.contentType()));
            if (cleaned.spam()) {
                continue; // the pipeline does not extract from whole-page spam
            }
            articles.add(new ArticleText("bench-" + number++, page.url(), cleaned.title(), cleaned.text(),
                    cleaned.publishedDate(), page.publisherAdcode()));
            articleBytes.add(cleaned.title().getBytes(StandardCharsets.UTF_8).length
                    + cleaned.text().getBytes(StandardCharsets.UTF_8).length);
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no clean articles to extract from");
        }
    }

    /** Clean title and text in, relevance, primary region and events out. */
    @Benchmark
    public Extraction extraction(PagePipelineBenchmark.Consumed consumed) {
        int i = next;
        next = (next + 1) % articles.size();
        consumed.bytes += articleBytes.get(i);
        return extractor.extract(articles.get(i));
    }
}
