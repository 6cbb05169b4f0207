package dev.newsflow.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits text into sentences once, in one linear pass: at 。！？!?；; (closing quotes stay with their sentence)
 * and at line breaks, which also end paragraphs. Surrounding blanks (incl. U+3000) are trimmed from each span.
 */
public final class SentenceSplitter {

    private static final int HEADING_MAX_CHARS = 40;

    public List<Sentence> split(String text) {
        Spans spans = new Spans();
        int paragraph = 0;
        int start = 0;
        int length = text.length();
        char[] chars = text.toCharArray(); // an array read has no per-character bounds check, a String's charAt does
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c > '。' && c < '！') {
                continue; // most of a Chinese text (all CJK ideographs) lies between the marks: one test for it
            }
            if (c == '\n') {
                spans.addTrimmed(text, start, i, paragraph);
                start = i + 1;
                paragraph++;
            } else if (isTerminator(c) && !(isAsciiMark(c) && i + 1 < length && !isBlank(chars[i + 1])
                    && chars[i + 1] != '\n')) {
                int end = i + 1;
                while (end < length && isCloser(chars[end])) {
                    end++;
                }
                spans.addTrimmed(text, start, end, paragraph);
                start = end;
                i = end - 1;
            }
        }
        spans.addTrimmed(text, start, length, paragraph);

        int count = spans.count;
        List<Sentence> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int spanStart = spans.starts[i];
            int spanEnd = spans.ends[i];
            int spanParagraph = spans.paragraphs[i];
            boolean alone = (i == 0 || spans.paragraphs[i - 1] != spanParagraph)
                    && (i + 1 == count || spans.paragraphs[i + 1] != spanParagraph);
            boolean heading = alone && spanEnd - spanStart <= HEADING_MAX_CHARS
                    && !isTerminator(text.charAt(spanEnd - 1)) && !isCloser(text.charAt(spanEnd - 1));
            sentences.add(new Sentence(i, spanStart, spanEnd, spanParagraph, heading));
        }
        return sentences;
    }

    /** [start, end) and paragraph of each sentence found so far, in growable parallel arrays. */
    private static final class Spans {
        int[] starts = new int[32];
        int[] ends = new int[32];
        int[] paragraphs = new int[32];
        int count;

        void addTrimmed(String text, int start, int end, int paragraph) {
            while (start < end && isBlank(text.charAt(start))) {
                start++;
            }
            while (end > start && isBlank(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    paragraphs = Arrays.copyOf(paragraphs, count * 2);
                }
                starts[count] = start;
                ends[count] = end;
                paragraphs[count++] = paragraph;
            }
        }
    }

    private static boolean isTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';';
    }

    /**
     * ASCII ? and ! end a sentence only before a blank or the end: inside Chinese text they are mostly what is
     * left of undecodable bytes (医??傤~预付), not punctuation.
     */
    private static boolean isAsciiMark(char c) {
        return c == '?' || c == '!';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '"' || c == '）' || c == ')';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }
}
