package dev.newsflow.extract.text;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every lexicon of the extractor in one Aho-Corasick automaton, so that an article is scanned once whatever
 * the number of terms. A keyword may carry several meanings (试点 is a stage cue and a reporting cue); each
 * meaning is reported as its own hit. Immutable and thread-safe once built.
 *
 * <p>The automaton is HanLP's double-array Aho-Corasick trie (already on the classpath for segmentation): on
 * the ~7,000 lexicon and gazetteer terms it scans about 7 times faster than org.ahocorasick's map-based trie,
 * measured on the seed pages, and the page pipeline has to keep 20 MB/s per core.
 */
public final class TermIndex {

    private static final Comparator<Hit<Object>> BY_START_LONGEST_FIRST =
            (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());

    private final AhoCorasickDoubleArrayTrie<List<Object>> trie;
    private final int size;

    private TermIndex(AhoCorasickDoubleArrayTrie<List<Object>> trie, int size) {
        this.trie = trie;
        this.size = size;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All hits, overlapping ones included, ordered by start then by longer first. */
    public List<Hit<Object>> scan(String text) {
        List<Hit<Object>> hits = new ArrayList<>();
        if (size == 0 || text.isEmpty()) {
            return hits;
        }
        trie.parseText(text.toCharArray(), (begin, end, meanings) -> {
            for (Object meaning : meanings) {
                hits.add(new Hit<>(begin, end, meaning));
            }
        });
        hits.sort(BY_START_LONGEST_FIRST);
        return hits;
    }

    public int size() {
        return size;
    }

    public static final class Builder {
        private final Map<String, List<Object>> meanings = new LinkedHashMap<>();

        public Builder add(String keyword, Object meaning) {
            if (keyword == null || keyword.isBlank()) {
                throw new IllegalArgumentException("blank keyword for " + meaning);
            }
            meanings.computeIfAbsent(keyword, k -> new ArrayList<>()).add(meaning);
            return this;
        }

        public TermIndex build() {
            TreeMap<String, List<Object>> sorted = new TreeMap<>();
            meanings.forEach((keyword, list) -> sorted.put(keyword, List.copyOf(list)));
            AhoCorasickDoubleArrayTrie<List<Object>> trie = new AhoCorasickDoubleArrayTrie<>();
            if (!sorted.isEmpty()) {
                trie.build(sorted);
            }
            return new TermIndex(trie, sorted.size());
        }
    }
}
