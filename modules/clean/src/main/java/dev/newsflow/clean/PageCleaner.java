package dev.newsflow.clean;

import dev.newsflow.clean.charset.BinarySniffer;
import dev.newsflow.clean.charset.CharsetSniffer;
import dev.newsflow.clean.charset.DecodedText;
import dev.newsflow.clean.html.HtmlBlockExtractor;
import dev.newsflow.clean.html.HtmlPage;
import dev.newsflow.clean.html.HtmlSniffer;
import dev.newsflow.clean.html.TagStripper;
import dev.newsflow.clean.script.ScriptNormalizer;
import dev.newsflow.clean.spam.SpamClassifier;
import dev.newsflow.clean.text.Block;
import dev.newsflow.clean.text.Deadline;
import dev.newsflow.clean.text.PlainTextBlocks;

import java.util.List;
import java.util.Objects;

/**
 * Cleans one raw page into a {@link CleanedPage}: charset detection, HTML or plain-text blocks, script
 * normalization (mojibake repair, pinyin-annotation stripping, Traditional to Simplified), spam and boilerplate
 * removal with reasons, headline and publication date.
 *
 * <p>Thread-safe and cheap to call concurrently: the rules are loaded once and all per-page state lives in the
 * call. Every page is bounded by {@link CleaningLimits}; a page that cannot be handled raises
 * {@link PageRejectedException} with a machine-readable reason, and nothing else escapes.
 */
public final class PageCleaner {
    private final CleaningRules rules;
    private final CleaningLimits limits;
    private final CharsetSniffer charsets = new CharsetSniffer();
    private final HtmlBlockExtractor htmlBlocks;
    private final ArticleBuilder articles;
    private final ArticleBuilder releasedArticles;

    public PageCleaner(CleaningRules rules, CleaningLimits limits) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.htmlBlocks = new HtmlBlockExtractor(rules.htmlChromeNames());
        this.articles = new ArticleBuilder(rules, new SpamClassifier(rules.spamLexicon()));
        this.releasedArticles = new ArticleBuilder(rules, SpamClassifier.waived());
    }

    /** The bundled word lists and {@link CleaningLimits#defaults()}. */
    public static PageCleaner withDefaults() {
        return new PageCleaner(CleaningRules.defaults(), CleaningLimits.defaults());
    }

    public CleaningRules rules() {
        return rules;
    }

    public CleaningLimits limits() {
        return limits;
    }

    /**
     * @throws PageRejectedException when the page is empty, too large, binary, yields no text, or takes longer
     *                               than the time budget
     */
    public CleanedPage clean(PageInput input) {
        Objects.requireNonNull(input, "input");
        byte[] body = input.body();
        if (body.length > limits.maxInputBytes()) {
            throw new PageRejectedException(PageRejectedException.Reason.TOO_LARGE,
                    body.length + " bytes exceed the limit of " + limits.maxInputBytes() + " bytes");
        }
        if (isBlank(body)) {
            throw new PageRejectedException(PageRejectedException.Reason.EMPTY, "the page has no content");
        }
        if (!CharsetSniffer.hasUtf16Bom(body) && BinarySniffer.looksBinary(body)) {
            throw new PageRejectedException(PageRejectedException.Reason.BINARY, "the page is binary data, not text");
        }
        Deadline deadline = Deadline.in(limits.timeBudget());
        try {
            return cleanText(input, deadline);
        } catch (Deadline.BudgetExceededException e) {
            throw new PageRejectedException(PageRejectedException.Reason.TIMEOUT, e.getMessage(), e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new PageRejectedException(PageRejectedException.Reason.TOO_LARGE,
                    "the page exhausted " + (e instanceof StackOverflowError ? "the stack" : "memory"), e);
        } catch (PageRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PageRejectedException(PageRejectedException.Reason.INTERNAL_ERROR,
                    "cleaning failed: " + e, e);
        }
    }

    private CleanedPage cleanText(PageInput input, Deadline deadline) {
        DecodedText decoded = charsets.decode(input.body(), input.contentType());
        String text = decoded.text();
        if (text.length() > limits.maxTextChars()) {
            throw new PageRejectedException(PageRejectedException.Reason.TOO_LARGE,
                    text.length() + " characters exceed the limit of " + limits.maxTextChars());
        }
        if (looksUndecodable(text)) {
            throw new PageRejectedException(PageRejectedException.Reason.BINARY,
                    "more than a third of the page is undecodable in " + decoded.detectedCharset());
        }
        deadline.check("charset detection");

        HtmlPage html = null;
        List<Block> blocks;
        if (HtmlSniffer.looksLikeHtml(text)) {
            html = HtmlSniffer.estimateDepth(text) > limits.maxDomDepth()
                    ? TagStripper.strip(text, deadline)
                    : htmlBlocks.extract(text, deadline);
            blocks = html.blocks();
        } else {
            blocks = PlainTextBlocks.split(text, deadline);
        }
        if (blocks.size() > limits.maxBlocks()) {
            throw new PageRejectedException(PageRejectedException.Reason.TOO_LARGE,
                    blocks.size() + " text blocks exceed the limit of " + limits.maxBlocks());
        }
        if (blocks.isEmpty()) {
            throw new PageRejectedException(PageRejectedException.Reason.UNPARSABLE, "no text found in the page");
        }
        ArticleBuilder.Article article = (input.released() ? releasedArticles : articles).build(blocks, html, deadline);
        return new CleanedPage(article.title(), article.publishedDate(), article.text(), article.spam(),
                article.removed(), article.repairs(), decoded.declaredCharset(), decoded.detectedCharset());
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean looksUndecodable(String text) {
        int sample = Math.min(text.length(), 65536);
        return sample >= 16 && ScriptNormalizer.countReplacementChars(text, sample) * 3 > sample;
    }
}
