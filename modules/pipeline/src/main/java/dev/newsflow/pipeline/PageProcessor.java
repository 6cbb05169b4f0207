package dev.newsflow.pipeline;

import dev.newsflow.clean.CleanedPage;
import dev.newsflow.clean.PageCleaner;
import dev.newsflow.clean.PageInput;
import dev.newsflow.clean.Removal;
import dev.newsflow.clean.RemovalReason;
import dev.newsflow.extract.ArticleText;
import dev.newsflow.extract.Extraction;
import dev.newsflow.extract.ReformEventExtractor;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-page pipeline: cleaning, then event extraction. It is the one piece of code the Streams
 * topology, {@code newsflow process}, the evaluation and the benchmarks share, so what an operator sees
 * offline is what the stream does. Thread-safe; build it once and reuse it.
 */
public final class PageProcessor {

    private final PageCleaner cleaner;
    private final ReformEventExtractor extractor;

    public PageProcessor(PageCleaner cleaner, ReformEventExtractor extractor) {
        this.cleaner = cleaner;
        this.extractor = extractor;
    }

    /** The pipeline with the lexicons, rules and limits shipped in the project. */
    public static PageProcessor withDefaults() {
        return new PageProcessor(PageCleaner.withDefaults(), ReformEventExtractor.withDefaults());
    }

    /**
     * Cleans the page and extracts its events. A page that is spam as a whole yields no events, only its
     * fallback region (the publisher's, else national).
     *
     * @throws dev.newsflow.clean.PageRejectedException when the page cannot be handled within the limits
     */
    public ProcessedPage process(PageSource page) {
        CleanedPage cleaned = cleaner.clean(new PageInput(page.body(), page.url(), page.contentType(), page.released()));
        String articleId = ArticleIds.forUrl(page.url());
        String publisher = page.publisherAdcode();
        ArticleText article = cleaned.spam()
                ? new ArticleText(articleId, page.url(), "", "", cleaned.publishedDate(), publisher)
                : new ArticleText(articleId, page.url(), cleaned.title(), cleaned.text(), cleaned.publishedDate(),
                        publisher);
        Extraction extraction = extractor.extract(article, cleaned.spam() ? List.of() : chromeLines(cleaned));
        return new ProcessedPage(articleId, page.url(), cleaned, extraction);
    }

    /**
     * The page's chrome, where it may name its publisher (主办单位：…): asked for the publisher's region when the
     * operators' site list gives none (they know) and the article names no region of its own.
     */
    private static List<String> chromeLines(CleanedPage cleaned) {
        List<String> chrome = new ArrayList<>();
        for (Removal removal : cleaned.removed()) {
            if (removal.reason() == RemovalReason.BOILERPLATE) {
                chrome.add(removal.text());
            }
        }
        return chrome;
    }
}
