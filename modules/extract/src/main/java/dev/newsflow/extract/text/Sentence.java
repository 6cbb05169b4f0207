package dev.newsflow.extract.text;

/**
 * A sentence of the article text: [start, end) offsets, its paragraph, and whether its paragraph is a
 * heading-like line (a short paragraph of one sentence without final punctuation).
 */
public record Sentence(int index, int start, int end, int paragraph, boolean heading) {

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
