package dev.newsflow.extract.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One article prepared for the rules: its text split into sentences once and scanned once by the
 * {@link TermIndex}; hits are bucketed by sentence and by meaning type, so that every rule reads only the
 * hits it cares about in its sentence.
 */
public final class ArticleDocument {

    private final String text;
    private final List<Sentence> sentences;
    private final List<Hit<Object>> hits;
    /** The meaning classes of the index; a hit's type is its position in this array. */
    private final Class<?>[] types;
    /** Per type, the hits that lie inside a sentence, in text order (so grouped by sentence). */
    private final Hit<?>[][] hitsByType;
    /**
     * Per type, where each sentence's hits start in {@link #hitsByType}: sentence s has
     * [sentenceFirst[t][s], sentenceFirst[t][s + 1]); null when the text has no hit of the type.
     * Flat arrays rather than a map per sentence: every rule asks for its hits in every sentence.
     */
    private final int[][] sentenceFirst;

    public ArticleDocument(String text, SentenceSplitter splitter, TermIndex index) {
        this.text = text;
        this.sentences = Collections.unmodifiableList(splitter.split(text));
        this.types = index.meaningTypes().toArray(new Class<?>[0]);
        int typeCount = types.length;
        int sentenceCount = sentences.size();
        Scanned scanned = new Scanned(sentences, typeCount, text.length());
        index.scan(text, scanned);
        this.hits = new Slice<>(scanned.hits, 0, scanned.size);
        this.hitsByType = new Hit<?>[typeCount][];
        this.sentenceFirst = new int[typeCount][];
        int[] counts = scanned.counts;
        int[] filled = new int[typeCount];
        for (int t = 0; t < typeCount; t++) {
            hitsByType[t] = new Hit<?>[counts[t]];
            if (counts[t] > 0) {
                sentenceFirst[t] = new int[sentenceCount + 1];
            }
        }
        for (int h = 0; h < scanned.size; h++) {
            int type = scanned.typeOf[h];
            if (type >= 0) {
                hitsByType[type][filled[type]++] = scanned.hits[h];
                sentenceFirst[type][scanned.sentenceOf[h] + 1]++;
            }
        }
        for (int[] first : sentenceFirst) {
            if (first != null) {
                for (int s = 0; s < sentenceCount; s++) {
                    first[s + 1] += first[s];
                }
            }
        }
    }

    /**
     * The hits of a scan in text order, each with its type and sentence (-1 for both when it lies in no
     * sentence, across a boundary or between sentences), in parallel arrays rather than lists of boxed values:
     * a page has a hit every six characters or so.
     */
    private static final class Scanned implements TermIndex.HitSink {
        private final int[] sentenceStarts;
        private final int[] sentenceEnds;
        final int[] counts;
        Hit<Object>[] hits;
        int[] typeOf;
        int[] sentenceOf;
        int size;
        private int cursor;

        @SuppressWarnings("unchecked") // an array of the generic hit type, filled only with hits
        Scanned(List<Sentence> sentences, int typeCount, int textLength) {
            sentenceStarts = new int[sentences.size()];
            sentenceEnds = new int[sentences.size()];
            for (int s = 0; s < sentenceStarts.length; s++) {
                sentenceStarts[s] = sentences.get(s).start();
                sentenceEnds[s] = sentences.get(s).end();
            }
            counts = new int[typeCount];
            int capacity = textLength / 4 + 8; // about one hit in six characters: rarely grown
            hits = (Hit<Object>[]) new Hit<?>[capacity];
            typeOf = new int[capacity];
            sentenceOf = new int[capacity];
        }

        @Override
        public void hit(Hit<Object> hit, int type) {
            if (size == hits.length) {
                int capacity = size * 2;
                hits = Arrays.copyOf(hits, capacity);
                typeOf = Arrays.copyOf(typeOf, capacity);
                sentenceOf = Arrays.copyOf(sentenceOf, capacity);
            }
            hits[size] = hit;
            int start = hit.start();
            int sentenceCount = sentenceEnds.length;
            while (cursor < sentenceCount && sentenceEnds[cursor] <= start) {
                cursor++;
            }
            if (cursor < sentenceCount && start >= sentenceStarts[cursor] && hit.end() <= sentenceEnds[cursor]) {
                typeOf[size] = type;
                sentenceOf[size] = cursor;
                counts[type]++;
            } else {
                typeOf[size] = -1;
                sentenceOf[size] = -1;
            }
            size++;
        }
    }

    public String text() {
        return text;
    }

    /** Every hit of the text, ordered by start. */
    public List<Hit<Object>> hits() {
        return hits;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public String textOf(Sentence sentence) {
        return text.substring(sentence.start(), sentence.end());
    }

    /** Hits inside the sentence whose meaning is exactly of the given (record) type, ordered by start. */
    @SuppressWarnings("unchecked") // hits are grouped by the meaning's class, so the cast holds
    public <T> List<Hit<T>> hits(Sentence sentence, Class<T> type) {
        for (int t = 0; t < types.length; t++) {
            if (types[t] == type) {
                int[] first = sentenceFirst[t];
                if (first == null) {
                    return Collections.emptyList();
                }
                int from = first[sentence.index()];
                int to = first[sentence.index() + 1];
                return from == to ? Collections.emptyList() : new Slice<>((Hit<T>[]) hitsByType[t], from, to);
            }
        }
        return Collections.emptyList();
    }

    /**
     * A read-only view of hits[from, to): one small object per question instead of a sub-list wrapped in an
     * unmodifiable list, since the rules ask for a sentence's hits several times per sentence.
     */
    private static final class Slice<T> extends AbstractList<Hit<T>> implements RandomAccess {
        private final Hit<T>[] hits;
        private final int from;
        private final int size;

        Slice(Hit<T>[] hits, int from, int to) {
            this.hits = hits;
            this.from = from;
            this.size = to - from;
        }

        @Override
        public Hit<T> get(int index) {
            Objects.checkIndex(index, size);
            return hits[from + index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The sentence containing the offset, or null when the offset falls between sentences. */
    public Sentence sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                high = mid - 1;
            } else if (offset >= s.end()) {
                low = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** Sentences of the same paragraph, in order. */
    public List<Sentence> paragraphOf(Sentence sentence) {
        int from = sentence.index();
        while (from > 0 && sentences.get(from - 1).paragraph() == sentence.paragraph()) {
            from--;
        }
        int to = sentence.index() + 1;
        while (to < sentences.size() && sentences.get(to).paragraph() == sentence.paragraph()) {
            to++;
        }
        return sentences.subList(from, to);
    }
}
