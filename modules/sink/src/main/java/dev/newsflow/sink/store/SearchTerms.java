package dev.newsflow.sink.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terms the full-text index stores for a text and looks up for a query: every pair of adjacent Han
 * characters (Chinese has no spaces, so character bigrams stand in for words: 医保改革 gives 医保, 保改, 改革),
 * and every run of other letters or digits as one lower-cased word (COVID-19 gives covid and 19).
 *
 * <p>Hand-made rather than a segmenter such as HanLP on purpose: a segmenter's dictionary decides where
 * words break, so a query segmented differently from the text would miss; bigrams of the query are always
 * a subset of the bigrams of any text containing it, which is what an exact phrase search needs.
 */
public final class SearchTerms {

    /**
     * Most distinct terms kept per article: bounds the index entry (PostgreSQL refuses a tsvector over 1 MB).
     * Ordinary articles are far below it; only the start of a longer text is then searchable.
     */
    public static final int MAX_TERMS_PER_ARTICLE = 50_000;

    private SearchTerms() {}

    /** Terms of an article: its title and text. */
    public static Set<String> ofArticle(String title, String text) {
        Set<String> terms = new LinkedHashSet<>();
        collect(title, terms);
        collect(text, terms);
        return terms;
    }

    /**
     * Terms a text containing every part of the query must have. A one-character Han part contributes none
     * (single characters are not indexed); when the result is empty the query can only be answered by a scan.
     */
    public static Set<String> ofQuery(List<String> queryParts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String part : queryParts) {
            collect(part, terms);
        }
        return terms;
    }

    /** The whitespace-separated parts of a query, lower-cased; each must occur in a matching text. */
    public static List<String> queryParts(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return List.of(query.trim().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static void collect(String text, Set<String> terms) {
        if (text == null) {
            return;
        }
        int previousHan = -1;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length() && terms.size() < MAX_TERMS_PER_ARTICLE; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isHan(codePoint)) {
                flushWord(word, terms);
                if (previousHan >= 0) {
                    terms.add(new StringBuilder().appendCodePoint(previousHan).appendCodePoint(codePoint).toString());
                }
                previousHan = codePoint;
            } else if (Character.isLetterOrDigit(codePoint)) {
                previousHan = -1;
                word.appendCodePoint(Character.toLowerCase(codePoint));
            } else {
                previousHan = -1;
                flushWord(word, terms);
            }
        }
        flushWord(word, terms);
    }

    private static void flushWord(StringBuilder word, Set<String> terms) {
        if (!word.isEmpty() && terms.size() < MAX_TERMS_PER_ARTICLE) {
            terms.add(word.toString());
        }
        word.setLength(0);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
