package dev.newsflow.clean.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every occurrence of every term of a {@link Lexicon} in the text in its {@link MatchView} form, ignoring
 * case (each character compared through {@link Character#toLowerCase(char)}). Hits are reported in
 * org.ahocorasick's order, which the classifiers' "first hit" evidence depends on: by end position, then by term;
 * {@code LexiconTest} checks that they are exactly org.ahocorasick's hits on the seed and development pages and on
 * thousands of generated texts.
 *
 * <p>Why no automaton library: org.ahocorasick (the first choice) keeps a {@code HashMap<Character, State>} per
 * state and boxes every character of the text; lexicon matching was a sixth of page cleaning time with it.
 * <p>Why terms are looked up by their first two characters rather than found by an automaton: terms are rare
 * in text, and a term can only start where its first two characters (its only one, for one-character terms)
 * occur side by side. That is checked while the line is folded, with two bit sets of 8 KiB; at the few positions
 * that pass, the terms opening with that pair come from a small hash table and are compared in place. Running
 * HanLP's Aho–Corasick automaton over every line with such a position was a tenth of the page pipeline (health
 * news lines hold 三级, 在线, 网站 often, and the automaton then reads the whole line); walking HanLP's double-array
 * trie from those positions instead still cost 6 % of it, since its arrays reserve room for any character code
 * (hundreds of kilobytes for 300 terms) and nearly every step missed the cache. The table here is a few KiB.
 */
final class TermMatcher {
    /** CJK Extension A and the main CJK block: no character here has a lower-case form. */
    static final char CJK_FIRST = '\u3400';
    static final char CJK_LAST = '\u9FFF';
    private static final int BITS = Character.MAX_VALUE + 1;

    /** A term in matching form, with its entries (one per term in a lexicon; the matcher does not rely on it). */
    private record Term(String folded, Lexicon.Entry[] entries) {}

    /**
     * The terms of two or more characters by their first two, in an open-addressing table: a key is
     * {@code (first << 16 | second) + 1}, 0 marks a free slot.
     */
    private final long[] pairKeys;
    private final Term[][] pairTerms;
    private final int pairMask;
    /** The terms of one character, by that character. */
    private final Map<Character, Term> singles = new HashMap<>();
    private final boolean empty;
    /** Hashes of the first two characters of the terms that have two or more. */
    private final long[] openingPairs = new long[BITS / 64];
    /** The terms of one character. */
    private final long[] singleCharTerms = new long[BITS / 64];

    TermMatcher(Collection<Lexicon.Entry> entries) {
        TreeMap<String, Lexicon.Entry[]> byFoldedTerm = new TreeMap<>();
        for (Lexicon.Entry entry : entries) {
            if (entry.term().isEmpty()) {
                continue;
            }
            byFoldedTerm.merge(fold(entry.term()), new Lexicon.Entry[]{entry}, TermMatcher::concat);
        }
        empty = byFoldedTerm.isEmpty();
        Map<Long, List<Term>> byPair = new HashMap<>();
        for (Map.Entry<String, Lexicon.Entry[]> e : byFoldedTerm.entrySet()) {
            String folded = e.getKey();
            Term term = new Term(folded, e.getValue());
            if (folded.length() == 1) {
                set(singleCharTerms, folded.charAt(0));
                singles.put(folded.charAt(0), term);
            } else {
                set(openingPairs, pairHash(folded.charAt(0), folded.charAt(1)));
                byPair.computeIfAbsent(pairKey(folded.charAt(0), folded.charAt(1)), k -> new ArrayList<>()).add(term);
            }
        }
        int slots = Integer.highestOneBit(Math.max(8, byPair.size() * 2)) * 2;
        pairKeys = new long[slots];
        pairTerms = new Term[slots][];
        pairMask = slots - 1;
        byPair.forEach((key, terms) -> {
            int slot = slotOf(key);
            while (pairKeys[slot] != 0) {
                slot = (slot + 1) & pairMask;
            }
            pairKeys[slot] = key;
            pairTerms[slot] = terms.toArray(new Term[0]);
        });
    }

    private static long pairKey(char first, char second) {
        return ((long) first << 16 | second) + 1;
    }

    private int slotOf(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & pairMask;
    }

    /** The terms opening with these two characters, or null. */
    private Term[] termsOpening(char first, char second) {
        long key = pairKey(first, second);
        for (int slot = slotOf(key); pairKeys[slot] != 0; slot = (slot + 1) & pairMask) {
            if (pairKeys[slot] == key) {
                return pairTerms[slot];
            }
        }
        return null;
    }

    /** Every occurrence in {@code text} (overlapping ones included), ordered by end, then by term. */
    List<Lexicon.Hit> find(CharSequence text) {
        int n = text.length();
        if (empty || n == 0) {
            return new ArrayList<>(0);
        }
        // Copied out first, then folded in place: a loop over an array, free of a CharSequence's bounds checks.
        char[] folded = new char[n];
        if (text instanceof String s) {
            s.getChars(0, n, folded, 0);
        } else {
            for (int i = 0; i < n; i++) {
                folded[i] = text.charAt(i);
            }
        }
        int[] starts = null; // positions where a term may start, ascending
        int count = 0;
        char previous = matchForm(folded[0]);
        folded[0] = previous;
        if (isSet(singleCharTerms, previous)) {
            starts = new int[8];
            starts[count++] = 0;
        }
        for (int i = 1; i < n; i++) {
            char c = matchForm(folded[i]);
            folded[i] = c;
            boolean pair = isSet(openingPairs, pairHash(previous, c));
            boolean single = isSet(singleCharTerms, c);
            if (pair || single) {
                if (starts == null) {
                    starts = new int[8];
                } else if (count + 2 > starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                if (pair && (count == 0 || starts[count - 1] != i - 1)) {
                    starts[count++] = i - 1;
                }
                if (single) {
                    starts[count++] = i;
                }
            }
            previous = c;
        }
        if (count == 0) {
            return new ArrayList<>(0);
        }
        List<Lexicon.Hit> hits = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            matchAt(folded, starts[k], hits);
        }
        sortForReport(hits); // found by start; the classifiers read by end, then term
        return hits;
    }

    /**
     * Puts hits found by start into report order (by end, then term), keeping the order of equal ones as
     * {@code List.sort} would. An insertion sort, because a hit only moves back past the earlier hits that cover
     * its own span, at most the longest term's length times the terms per position (a bound the lexicon sets), so
     * the work grows with the hits times that bound; and because {@code List.sort}'s comparator call is shared with every other sort in the JVM, which
     * kept it from being inlined: that sort was half of lexicon matching's time.
     */
    private static void sortForReport(List<Lexicon.Hit> hits) {
        for (int i = 1; i < hits.size(); i++) {
            Lexicon.Hit hit = hits.get(i);
            int j = i - 1;
            while (j >= 0 && reportsAfter(hits.get(j), hit)) {
                hits.set(j + 1, hits.get(j));
                j--;
            }
            if (j + 1 != i) {
                hits.set(j + 1, hit);
            }
        }
    }

    private static boolean reportsAfter(Lexicon.Hit a, Lexicon.Hit b) {
        return a.end() > b.end() || a.end() == b.end() && a.term().compareTo(b.term()) > 0;
    }

    /** Adds the terms that start at {@code start}. */
    private void matchAt(char[] folded, int start, List<Lexicon.Hit> hits) {
        Term single = isSet(singleCharTerms, folded[start]) ? singles.get(folded[start]) : null;
        if (single != null) {
            addHits(single, start, hits);
        }
        Term[] terms = start + 1 < folded.length ? termsOpening(folded[start], folded[start + 1]) : null;
        if (terms == null) {
            return; // a collision of the pre-filter's hash
        }
        for (Term term : terms) {
            String chars = term.folded();
            int end = start + chars.length();
            if (end > folded.length) {
                continue;
            }
            int k = 2;
            while (k < chars.length() && folded[start + k] == chars.charAt(k)) {
                k++;
            }
            if (k == chars.length()) {
                addHits(term, start, hits);
            }
        }
    }

    private static void addHits(Term term, int start, List<Lexicon.Hit> hits) {
        int end = start + term.folded().length();
        for (Lexicon.Entry entry : term.entries()) {
            hits.add(new Lexicon.Hit(entry, start, end));
        }
    }

    /** The character as terms are compared with it: its {@link MatchView} form, folded. */
    private static char matchForm(char c) {
        if (c >= CJK_FIRST && c <= CJK_LAST) {
            return c; // most characters: neither a full-width form nor cased
        }
        return fold(MatchView.map(c));
    }

    /**
     * How a character is compared: {@link Character#toLowerCase(char)}, as org.ahocorasick's case-insensitive
     * mode does, one char at a time. ASCII and the CJK ideographs (no case) are answered without the Unicode
     * tables, which cost more than the matching itself.
     */
    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c >= CJK_FIRST && c <= CJK_LAST) {
            return c;
        }
        return Character.toLowerCase(c);
    }

    private static String fold(String term) {
        char[] folded = term.toCharArray();
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(folded[i]);
        }
        return new String(folded);
    }

    private static int pairHash(char first, char second) {
        return (first * 31 + second) & (BITS - 1);
    }

    private static void set(long[] bits, int index) {
        bits[index >>> 6] |= 1L << index;
    }

    private static boolean isSet(long[] bits, int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    private static Lexicon.Entry[] concat(Lexicon.Entry[] a, Lexicon.Entry[] b) {
        Lexicon.Entry[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
