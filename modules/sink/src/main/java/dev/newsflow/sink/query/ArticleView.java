package dev.newsflow.sink.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One stored article with everything that explains it: what cleaning removed and why, what was repaired,
 * where else it was found, and the events extracted from it.
 *
 * @param id stable article id
 * @param url page URL
 * @param site host it was served from
 * @param title title (empty when none was found)
 * @param publishedDate publication date printed by the article, or null
 * @param fetchedAt when the page was fetched
 * @param text normalized text; evidence offsets point into it
 * @param spam true when the whole page was spam
 * @param relevant true when it reports at least one reform event
 * @param region the division it is mainly about
 * @param declaredCharset charset the page declared, or null
 * @param detectedCharset charset it was decoded with
 * @param duplicateOf id of the canonical article when this one is a near-duplicate, else null
 * @param removed lines removed during cleaning, in page order
 * @param repairs script and encoding repair counts
 * @param mentions other URLs at which the same article was found
 * @param events events extracted from it, in text order
 * @param processedAt when the pipeline produced it
 */
public record ArticleView(String id, String url, String site, String title, LocalDate publishedDate, Instant fetchedAt,
        String text, boolean spam, boolean relevant, RegionView region, String declaredCharset, String detectedCharset,
        String duplicateOf, List<RemovedLine> removed, Repairs repairs, List<String> mentions, List<EventView> events,
        Instant processedAt) {

    /**
     * A line cleaning removed.
     *
     * @param reason SPAM, BOILERPLATE or OTHER
     * @param rule the rule or lexicon entry that fired
     * @param text the line as it appeared after decoding
     */
    public record RemovedLine(String reason, String rule, String text) {}

    /**
     * Counts of script and encoding repairs.
     *
     * @param convertedChars characters changed by Traditional-to-Simplified conversion
     * @param pinyinAnnotations pinyin annotations stripped
     * @param mojibakeRepaired mojibake runs restored
     * @param mojibakeUnrecoverable mojibake runs left as they were
     */
    public record Repairs(int convertedChars, int pinyinAnnotations, int mojibakeRepaired, int mojibakeUnrecoverable) {}
}
