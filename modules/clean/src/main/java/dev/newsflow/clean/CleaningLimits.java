package dev.newsflow.clean;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the work spent on one page, so that no page can take the process down.
 *
 * @param maxInputBytes larger bodies are rejected at once ({@code TOO_LARGE}) without being decoded
 * @param maxTextChars  decoded text longer than this is rejected ({@code TOO_LARGE})
 * @param maxDomDepth   HTML nested deeper than this is not handed to the DOM parser (whose cost grows with
 *                      depth); its text is taken by a linear tag-stripping pass instead, so nothing is lost
 * @param maxBlocks     pages with more text blocks (lines/paragraphs) than this are rejected ({@code TOO_LARGE})
 * @param timeBudget    wall-clock budget per page, checked cooperatively between and inside the stages;
 *                      past it the page is rejected ({@code TIMEOUT})
 */
public record CleaningLimits(long maxInputBytes, int maxTextChars, int maxDomDepth, int maxBlocks, Duration timeBudget) {
    public static final long DEFAULT_MAX_INPUT_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_TEXT_CHARS = 10 * 1024 * 1024;
    public static final int DEFAULT_MAX_DOM_DEPTH = 512;
    public static final int DEFAULT_MAX_BLOCKS = 100_000;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);

    public CleaningLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxInputBytes <= 0 || maxTextChars <= 0 || maxDomDepth <= 0 || maxBlocks <= 0 || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("every limit must be positive: " + maxInputBytes + ", " + maxTextChars
                    + ", " + maxDomDepth + ", " + maxBlocks + ", " + timeBudget);
        }
    }

    /** 10 MiB input, 10 Mi chars of text, DOM depth 512, 100k blocks, 10 s per page. */
    public static CleaningLimits defaults() {
        return new CleaningLimits(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_DOM_DEPTH,
                DEFAULT_MAX_BLOCKS, DEFAULT_TIME_BUDGET);
    }

    public CleaningLimits withTimeBudget(Duration budget) {
        return new CleaningLimits(maxInputBytes, maxTextChars, maxDomDepth, maxBlocks, budget);
    }

    public CleaningLimits withMaxInputBytes(long bytes) {
        return new CleaningLimits(bytes, maxTextChars, maxDomDepth, maxBlocks, timeBudget);
    }
}
