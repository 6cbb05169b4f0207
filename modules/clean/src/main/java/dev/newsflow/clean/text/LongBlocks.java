package dev.newsflow.clean.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts pathologically long blocks (a megabyte "line" of keyword spam, a page without line breaks) into pieces of
 * at most {@value #MAX_BLOCK_CHARS} characters, at a sentence end or blank where there is one. No real paragraph
 * is that long; bounding the block bounds the work between two cooperative time-budget checks.
 */
public final class LongBlocks {
    public static final int MAX_BLOCK_CHARS = 20_000;
    private static final String BREAKS = "。！？!?；;\n";

    private LongBlocks() {
    }

    public static List<String> split(String text) {
        if (text.length() <= MAX_BLOCK_CHARS) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>(text.length() / MAX_BLOCK_CHARS + 1);
        int start = 0;
        while (text.length() - start > MAX_BLOCK_CHARS) {
            int limit = start + MAX_BLOCK_CHARS;
            int cut = -1;
            for (int i = limit - 1; i > start + MAX_BLOCK_CHARS / 2; i--) {
                char c = text.charAt(i);
                if (BREAKS.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                    cut = i + 1;
                    break;
                }
            }
            if (cut < 0) {
                cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
            }
            pieces.add(text.substring(start, cut));
            start = cut;
        }
        pieces.add(text.substring(start));
        return pieces;
    }
}
