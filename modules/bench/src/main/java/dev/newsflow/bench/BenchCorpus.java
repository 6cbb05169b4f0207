package dev.newsflow.bench;

import dev.newsflow.clean.CleaningLimits;
import dev.newsflow.pipeline.LocalPages;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.pipeline.PageSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages benchmarks run on: the five seeds and the labelled development pages of the repository,
 * read from {@code <newsflow.home>/eval} (the current directory by default). Only pages the pipeline
 * accepts are kept, so every measured operation does the whole work.
 */
final class BenchCorpus {

    private BenchCorpus() {}

    static Path evalDir() {
        Path dir = Path.of(System.getProperty("newsflow.home", "."), "eval");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no eval folder at " + dir.toAbsolutePath()
                    + ": run from the repository root or pass -Dnewsflow.home=<repository>");
        }
        return dir;
    }

    static List<PageSource> pages(PageProcessor processor) {
        try {
            List<PageSource> pages = new ArrayList<>();
            Path eval = evalDir();
            for (LocalPages.Entry entry : LocalPages.expand(List.of(eval.resolve("seeds"), eval.resolve("dev/pages")))) {
                String name = entry.file().getFileName().toString();
                if (!(name.endsWith(".txt") || name.endsWith(".html"))) {
                    continue;
                }
                byte[] body = LocalPages.readBounded(entry.file(), CleaningLimits.defaults().maxInputBytes());
                PageSource page = new PageSource(body, "https://bench.invalid/" + name, null, null);
                try {
                    processor.process(page);
                    pages.add(page);
                } catch (RuntimeException rejected) {
                    // not part of the throughput corpus
                }
            }
            if (pages.isEmpty()) {
                throw new IllegalStateException("no benchmark pages under " + eval.toAbsolutePath());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long totalBytes(List<PageSource> pages) {
        long total = 0;
        for (PageSource page : pages) {
            total += page.body().length;
        }
        return total;
    }
}
