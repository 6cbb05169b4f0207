package dev.newsflow.extract.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every lexicon of the extractor in one trie, so that an article is scanned once whatever the number of terms.
 * A keyword may carry several meanings (试点 is a stage cue and a reporting cue); each meaning is reported as its
 * own hit. Immutable and thread-safe once built.
 *
 * <p>Why not a library automaton: the scan is the one step that touches every character of every article, and
 * the page pipeline has to keep 20 MB/s per core with extraction a small part of it. HanLP's double-array
 * Aho-Corasick trie (used before; 7 times faster than org.ahocorasick's map-based trie) spent ~15 ns a
 * character on the seed and dev pages, because over the ~7,000 terms and the whole UTF-16 range its
 * base/check/fail/output arrays take megabytes, so most characters miss the cache; and its hits come out by
 * end and had to be sorted. This trie is laid out for the scan instead:
 * <ul>
 *   <li>characters are first mapped to a dense code, 0 for the many characters no term contains, which end
 *       every match at once; the characters that start a term get the lowest codes, so whether a position
 *       starts a walk is one comparison;</li>
 *   <li>transitions are a double array over those codes (child of s by code c at base(s) + c when that cell's
 *       check is s), with base, check and the keyword of a cell side by side so one step reads one cache
 *       line, and the whole table stays within a few hundred kilobytes;</li>
 *   <li>matches are found by walking the trie from each start position, so they come out by start and, with
 *       one reversal, longest first: exactly the order the rules read, with no sort. Terms are short (at most
 *       a few characters), so the walk is linear in the text.</li>
 * </ul>
 */
public final class TermIndex {

    /** Cells of the double array, {@value #STRIDE} ints each: check (the parent cell, -1 when free), base, keyword. */
    private static final int STRIDE = 3;
    private static final int CHECK = 0;
    private static final int BASE = 1;
    private static final int KEYWORD = 2;
    private static final int FREE = -1;
    /** The root's cell; it is nobody's child. */
    private static final int ROOT = 0;

    /** Dense code of each char, 0 when no keyword contains it; codes 1 to {@link #startCodes} start keywords. */
    private final char[] codes;
    private final int startCodes;
    /** The double array, see {@link #STRIDE}; keyword is -1 where no keyword ends. */
    private final int[] cells;
    /** Meanings of keyword k are meanings[meaningStart[k], meaningStart[k + 1]). */
    private final int[] meaningStart;
    private final Object[] meanings;
    /** Index in {@link #meaningTypes} of each meaning's class. */
    private final int[] meaningType;
    private final int maxKeywordLength;
    private final int size;
    /** The distinct classes of the meanings, in registration order: what a document buckets hits by. */
    private final List<Class<?>> meaningTypes;

    private TermIndex(char[] codes, int startCodes, int[] cells, int[] meaningStart, Object[] meanings,
                      int maxKeywordLength, List<Class<?>> meaningTypes) {
        this.codes = codes;
        this.startCodes = startCodes;
        this.cells = cells;
        this.meaningStart = meaningStart;
        this.meanings = meanings;
        this.maxKeywordLength = maxKeywordLength;
        this.size = meaningStart.length - 1;
        this.meaningTypes = meaningTypes;
        this.meaningType = new int[meanings.length];
        for (int k = 0; k < meanings.length; k++) {
            meaningType[k] = meaningTypes.indexOf(meanings[k].getClass());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Receives the hits of a scan, with the index of the meaning's class in {@link #meaningTypes()}. */
    @FunctionalInterface
    public interface HitSink {
        void hit(Hit<Object> hit, int type);
    }

    /** All hits, overlapping ones included, ordered by start then by longer first. */
    public List<Hit<Object>> scan(String text) {
        List<Hit<Object>> hits = new ArrayList<>();
        scan(text, (hit, type) -> hits.add(hit));
        return hits;
    }

    /** Passes every hit to the sink, ordered by start then by longer first. */
    public void scan(String text, HitSink sink) {
        int length = text.length();
        if (size == 0 || length == 0) {
            return;
        }
        int[] cells = this.cells;
        char[] codes = this.codes;
        int rootBase = cells[ROOT * STRIDE + BASE];
        int[] matchEnds = new int[maxKeywordLength];
        int[] matchKeywords = new int[maxKeywordLength];
        int startCodes = this.startCodes;
        char[] chars = text.toCharArray(); // array reads: no bounds check per character, unlike a String's charAt
        for (int start = 0; start < length; start++) {
            char code = codes[chars[start]];
            if (code == 0 || code > startCodes) {
                continue; // no keyword starts with this character
            }
            int cell = rootBase + code;
            int matches = 0;
            int end = start + 1;
            while (true) {
                int keyword = cells[cell * STRIDE + KEYWORD];
                if (keyword >= 0) {
                    matchEnds[matches] = end;
                    matchKeywords[matches++] = keyword;
                }
                if (end == length) {
                    break;
                }
                code = codes[chars[end]];
                if (code == 0) {
                    break;
                }
                int next = cells[cell * STRIDE + BASE] + code;
                if (cells[next * STRIDE + CHECK] != cell) {
                    break;
                }
                cell = next;
                end++;
            }
            for (int m = matches - 1; m >= 0; m--) { // longest first
                int matchEnd = matchEnds[m];
                int last = meaningStart[matchKeywords[m] + 1];
                for (int k = meaningStart[matchKeywords[m]]; k < last; k++) {
                    sink.hit(new Hit<>(start, matchEnd, meanings[k]), meaningType[k]);
                }
            }
        }
    }

    public int size() {
        return size;
    }

    /** The distinct classes of the registered meanings (a handful), in registration order. */
    public List<Class<?>> meaningTypes() {
        return meaningTypes;
    }

    @Override
    public String toString() {
        return "TermIndex[" + size + " keywords, " + cells.length / STRIDE + " cells, longest " + maxKeywordLength
                + "]";
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
            TreeMap<String, List<Object>> sorted = new TreeMap<>(meanings);
            List<Class<?>> types = new ArrayList<>();
            meanings.values().forEach(list -> list.forEach(m -> {
                if (!types.contains(m.getClass())) {
                    types.add(m.getClass());
                }
            }));

            char[] codes = new char[Character.MAX_VALUE + 1];
            int alphabet = 0;
            int maxLength = 0;
            for (String keyword : sorted.keySet()) { // first characters first: they get codes 1..startCodes
                if (codes[keyword.charAt(0)] == 0) {
                    codes[keyword.charAt(0)] = (char) ++alphabet;
                }
            }
            int startCodes = alphabet;
            for (String keyword : sorted.keySet()) {
                maxLength = Math.max(maxLength, keyword.length());
                for (int i = 1; i < keyword.length(); i++) {
                    char c = keyword.charAt(i);
                    if (codes[c] == 0) {
                        codes[c] = (char) ++alphabet; // at most 65,535 chars besides 0 can occur, so it fits
                    }
                }
            }

            // a pointer trie first, then laid into the double array breadth-first
            BuildNode root = new BuildNode();
            int[] meaningStart = new int[sorted.size() + 1];
            List<Object> flat = new ArrayList<>();
            int keywordIndex = 0;
            for (Map.Entry<String, List<Object>> entry : sorted.entrySet()) {
                BuildNode node = root;
                String keyword = entry.getKey();
                for (int i = 0; i < keyword.length(); i++) {
                    node = node.children.computeIfAbsent(codes[keyword.charAt(i)], c -> new BuildNode());
                }
                node.keyword = keywordIndex;
                meaningStart[keywordIndex++] = flat.size();
                flat.addAll(entry.getValue());
            }
            meaningStart[keywordIndex] = flat.size();
            DoubleArray array = new DoubleArray(alphabet);
            array.place(root);
            return new TermIndex(codes, startCodes, array.cells(), meaningStart, flat.toArray(), maxLength, List.copyOf(types));
        }

        private static final class BuildNode {
            final TreeMap<Character, BuildNode> children = new TreeMap<>();
            int keyword = -1;
            int cell;
        }

        /** Places the trie's nodes into cells, each node's children at base + code in free cells. */
        private static final class DoubleArray {
            private final int alphabet;
            private int[] check = new int[1024];
            private int[] base = new int[1024];
            private int[] keyword = new int[1024];
            private int firstFree = 1;
            private int used = 1;
            /** Cells that are not free, for finding free ones fast. */
            private final BitSet taken = new BitSet();

            DoubleArray(int alphabet) {
                this.alphabet = alphabet;
                Arrays.fill(check, FREE);
                check[ROOT] = Integer.MIN_VALUE; // taken by the root
                taken.set(ROOT);
                keyword[ROOT] = -1;
            }

            void place(BuildNode root) {
                root.cell = ROOT;
                ArrayDeque<BuildNode> queue = new ArrayDeque<>();
                queue.add(root);
                while (!queue.isEmpty()) {
                    BuildNode node = queue.poll();
                    if (node.children.isEmpty()) {
                        continue; // base 0: base + code lands on a cell whose check is another node
                    }
                    int b = findBase(node.children.keySet());
                    base[node.cell] = b;
                    for (Map.Entry<Character, BuildNode> child : node.children.entrySet()) {
                        int cell = b + child.getKey();
                        check[cell] = node.cell;
                        taken.set(cell);
                        keyword[cell] = child.getValue().keyword;
                        child.getValue().cell = cell;
                        used = Math.max(used, cell + 1);
                        queue.add(child.getValue());
                    }
                    firstFree = taken.nextClearBit(firstFree);
                }
            }

            /**
             * The smallest base (at least 1) at which every child code lands on a free cell. Candidates come
             * from the free cells for the lowest code, so occupied stretches are skipped in one step.
             */
            private int findBase(Set<Character> childCodes) {
                int lowest = childCodes.iterator().next();
                int cell = Math.max(firstFree, lowest + 1);
                while (true) {
                    cell = nextFree(cell);
                    int b = cell - lowest;
                    ensureCapacity(b + alphabet + 1);
                    boolean fits = true;
                    for (char code : childCodes) {
                        if (check[b + code] != FREE) {
                            fits = false;
                            break;
                        }
                    }
                    if (fits) {
                        return b;
                    }
                    cell++;
                }
            }

            private int nextFree(int from) {
                int cell = taken.nextClearBit(from);
                ensureCapacity(cell + 1);
                return cell;
            }

            private void ensureCapacity(int capacity) {
                if (capacity > check.length) {
                    int grown = Math.max(capacity, check.length * 2);
                    int old = check.length;
                    check = Arrays.copyOf(check, grown);
                    Arrays.fill(check, old, grown, FREE);
                    base = Arrays.copyOf(base, grown);
                    keyword = Arrays.copyOf(keyword, grown);
                }
            }

            /** Interleaved cells, long enough that base + any code stays inside. */
            int[] cells() {
                int maxBase = 0;
                for (int i = 0; i < used; i++) {
                    maxBase = Math.max(maxBase, base[i]);
                }
                int length = Math.max(used, maxBase + alphabet + 1);
                ensureCapacity(length);
                int[] cells = new int[length * STRIDE];
                for (int i = 0; i < length; i++) {
                    cells[i * STRIDE + CHECK] = check[i];
                    cells[i * STRIDE + BASE] = check[i] == FREE ? 0 : base[i];
                    cells[i * STRIDE + KEYWORD] = check[i] == FREE ? -1 : keyword[i];
                }
                return cells;
            }
        }
    }
}
