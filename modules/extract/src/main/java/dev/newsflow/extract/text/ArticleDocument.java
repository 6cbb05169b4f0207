package dev.newsflow.extract.text;

import java.util.AbstractList;
import java.util.ArrayList;
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
        List<Hit<Object>> all = new ArrayList<>();
        IntList typeOf = new IntList();  // type of each hit, -1 when it lies in no sentence
        IntList sentenceOf = new IntList();
        int[] counts = new int[typeCount];
        index.scan(text, new TermIndex.HitSink() {
            private int cursor;

            @Override
            public void hit(Hit<Object> hit, int type) {
                all.add(hit);
                while (cursor < sentenceCount && sentences.get(cursor).end() <= hit.start()) {
                    cursor++;
                }
                if (cursor < sentenceCount && hit.start() >= sentences.get(cursor).start()
                        && hit.end() <= sentences.get(cursor).end()) {
                    typeOf.add(type);
                    sentenceOf.add(cursor);
                    counts[type]++;
                } else {
                    typeOf.add(-1); // across a sentence boundary or between sentences: no sentence's hit
                    sentenceOf.add(-1);
                }
            }
        });
        this.hits = Collections.unmodifiableList(all);
        this.hitsByType = new Hit<?>[typeCount][];
        this.sentenceFirst = new int[typeCount][];
        int[] filled = new int[typeCount];
        for (int t = 0; t < typeCount; t++) {
            hitsByType[t] = new Hit<?>[counts[t]];
            if (counts[t] > 0) {
                sentenceFirst[t] = new int[sentenceCount + 1];
            }
        }
        for (int h = 0; h < typeOf.size; h++) {
            int type = typeOf.values[h];
            if (type >= 0) {
                hitsByType[type][filled[type]++] = all.get(h);
                sentenceFirst[type][sentenceOf.values[h] + 1]++;
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

    /** A growable int array: one entry per hit without boxing. */
    private static final class IntList {
        int[] values = new int[64];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
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
