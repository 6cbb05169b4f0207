package dev.newsflow.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences once, in one linear pass: at 。！？!?；; (closing quotes stay with their sentence)
 * and at line breaks, which also end paragraphs. Surrounding blanks (incl. U+3000) are trimmed from each span.
 */
public final class SentenceSplitter {

    private static final int HEADING_MAX_CHARS = 40;

    public List<Sentence> split(String text) {
        List<int[]> spans = new ArrayList<>(); // start, end, paragraph
        int paragraph = 0;
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                addTrimmed(text, start, i, paragraph, spans);
                start = i + 1;
                paragraph++;
            } else if (isTerminator(c) && !(isAsciiMark(c) && i + 1 < length && !isBlank(text.charAt(i + 1))
                    && text.charAt(i + 1) != '\n')) {
                int end = i + 1;
                while (end < length && isCloser(text.charAt(end))) {
                    end++;
                }
                addTrimmed(text, start, end, paragraph, spans);
                start = end;
                i = end - 1;
            }
        }
        addTrimmed(text, start, length, paragraph, spans);

        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            boolean alone = (i == 0 || spans.get(i - 1)[2] != span[2])
                    && (i + 1 == spans.size() || spans.get(i + 1)[2] != span[2]);
            boolean heading = alone && span[1] - span[0] <= HEADING_MAX_CHARS
                    && !isTerminator(text.charAt(span[1] - 1)) && !isCloser(text.charAt(span[1] - 1));
            sentences.add(new Sentence(i, span[0], span[1], span[2], heading));
        }
        return sentences;
    }

    private static void addTrimmed(String text, int start, int end, int paragraph, List<int[]> spans) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end, paragraph});
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
