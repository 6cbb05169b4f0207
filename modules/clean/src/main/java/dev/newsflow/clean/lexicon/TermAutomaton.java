package dev.newsflow.clean.lexicon;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds every occurrence of every term of a {@link Lexicon} in one pass over the text in its {@link MatchView}
 * form, ignoring case (each character compared through {@link Character#toLowerCase(char)}), with the terms in
 * HanLP's double-array trie.
 *
 * <p>Why not org.ahocorasick (the first choice): its automaton keeps a {@code HashMap<Character, State>} per state
 * and boxes every character of the text; lexicon matching was a sixth of page cleaning time. HanLP's trie is
 * already on the classpath for script conversion and does the same work with array reads. Hits are reported in
 * org.ahocorasick's order, which the classifiers' "first hit" evidence depends on: by end position, then by term
 * ({@code LexiconTest} compares both).
 *
 * <p>Why the trie is walked from chosen positions rather than run as an Aho–Corasick automaton over the line:
 * terms are rare in text, and a term can only start where its first two characters (its only one, for
 * one-character terms) occur side by side. That is checked while the line is folded, with two bit sets of 8 KiB,
 * and only those positions are walked; every term starting at one is a prefix of the text there. Running HanLP's
 * Aho–Corasick automaton over every line with such a position was a tenth of the page pipeline (health news
 * lines hold 三级, 在线, 网站 often, and the automaton then reads the whole line, missing the cache).
 */
final class TermAutomaton {
    private static final Comparator<Lexicon.Hit> REPORT_ORDER =
            Comparator.comparingInt(Lexicon.Hit::end).thenComparing(Lexicon.Hit::term);

    /** CJK Extension A and the main CJK block: no character here has a lower-case form. */
    static final char CJK_FIRST = '\u3400';
    static final char CJK_LAST = '\u9FFF';
    private static final int BITS = Character.MAX_VALUE + 1;

    private final DoubleArrayTrie<Lexicon.Entry[]> trie = new DoubleArrayTrie<>();
    /** The trie's arrays: a walk step reads them as {@link DoubleArrayTrie#transition(char, int)} does, bounds checked. */
    private final int[] base;
    private final int[] check;
    private final boolean empty;
    /** Hashes of the first two characters of the terms that have two or more. */
    private final long[] openingPairs = new long[BITS / 64];
    /** The terms of one character. */
    private final long[] singleCharTerms = new long[BITS / 64];

    TermAutomaton(Collection<Lexicon.Entry> entries) {
        TreeMap<String, Lexicon.Entry[]> byFoldedTerm = new TreeMap<>();
        for (Lexicon.Entry entry : entries) {
            if (entry.term().isEmpty()) {
                continue;
            }
            String folded = fold(entry.term());
            byFoldedTerm.merge(folded, new Lexicon.Entry[]{entry}, TermAutomaton::concat);
            if (folded.length() == 1) {
                set(singleCharTerms, folded.charAt(0));
            } else {
                set(openingPairs, pairHash(folded.charAt(0), folded.charAt(1)));
            }
        }
        empty = byFoldedTerm.isEmpty();
        if (!empty) {
            trie.build(byFoldedTerm);
        }
        base = empty ? new int[0] : trie.getBase();
        check = empty ? new int[0] : trie.getCheck();
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
        List<Lexicon.Hit> hits = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            walk(folded, starts[k], hits);
        }
        if (hits.size() > 1) {
            hits.sort(REPORT_ORDER); // walks report by start; the classifiers read by end, then term
        }
        return hits;
    }

    /** Adds the terms that start at {@code start}: the trie's keys that are prefixes of the text there. */
    private void walk(char[] folded, int start, List<Lexicon.Hit> hits) {
        int node = base[0];
        for (int end = start; end < folded.length; end++) {
            int next = node + folded[end] + 1;
            if (next >= check.length || check[next] != node) {
                return;
            }
            node = base[next];
            Lexicon.Entry[] entries = trie.output(node);
            if (entries != null) {
                for (Lexicon.Entry entry : entries) {
                    hits.add(new Lexicon.Hit(entry, start, end + 1));
                }
            }
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
