package dev.newsflow.extract.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One article prepared for the rules: its text split into sentences once and scanned once by the
 * {@link TermIndex}; hits are bucketed by sentence and by meaning type, so that every rule reads only the
 * hits it cares about in its sentence.
 */
public final class ArticleDocument {

    private final String text;
    private final List<Sentence> sentences;
    private final List<Hit<Object>> hits;
    private final List<Map<Class<?>, List<Hit<?>>>> buckets;

    public ArticleDocument(String text, SentenceSplitter splitter, TermIndex index) {
        this.text = text;
        this.sentences = List.copyOf(splitter.split(text));
        this.hits = List.copyOf(index.scan(text));
        this.buckets = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            buckets.add(null);
        }
        int cursor = 0;
        for (Hit<Object> hit : hits) {
            while (cursor < sentences.size() && sentences.get(cursor).end() <= hit.start()) {
                cursor++;
            }
            if (cursor < sentences.size() && hit.start() >= sentences.get(cursor).start()
                    && hit.end() <= sentences.get(cursor).end()) {
                Map<Class<?>, List<Hit<?>>> bucket = buckets.get(cursor);
                if (bucket == null) {
                    bucket = new HashMap<>();
                    buckets.set(cursor, bucket);
                }
                bucket.computeIfAbsent(hit.term().getClass(), k -> new ArrayList<>()).add(hit);
            }
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
    @SuppressWarnings("unchecked") // buckets are keyed by the meaning's class, so the cast holds
    public <T> List<Hit<T>> hits(Sentence sentence, Class<T> type) {
        Map<Class<?>, List<Hit<?>>> bucket = buckets.get(sentence.index());
        if (bucket == null) {
            return Collections.emptyList();
        }
        List<Hit<?>> found = bucket.get(type);
        return found == null ? Collections.emptyList() : Collections.unmodifiableList((List<Hit<T>>) (List<?>) found);
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
