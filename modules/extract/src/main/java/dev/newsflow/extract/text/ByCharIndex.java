package dev.newsflow.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Words grouped by one of their characters (first or last), each group an array in the order the words came:
 * extractors look up the words that can start or end at a character of a sentence, and a loop over an array
 * calls no iterator (these lookups run at every figure or place name).
 *
 * <p>Groups sit in a small open-addressing table keyed by the {@code char} itself. A {@code Map<Character, T[]>}
 * boxed every lookup (a new {@code Character} for each Han character) and showed as 2 % of the page pipeline's
 * profile; a primitive-keyed map library (fastutil) would add a large dependency for this one table.
 */
public final class ByCharIndex<T> {
    private final char[] keys;
    private final T[][] groups;
    private final int shift;
    private final T[] none;

    private ByCharIndex(char[] keys, T[][] groups, int shift, T[] none) {
        this.keys = keys;
        this.groups = groups;
        this.shift = shift;
        this.none = none;
    }

    /**
     * @param items    the words (or records holding them), in the order each group keeps (longest first, say)
     * @param key      the character an item is found by
     * @param newArray the array constructor of the item type
     */
    @SuppressWarnings("unchecked")
    public static <T> ByCharIndex<T> of(Iterable<T> items, Function<T, Character> key, IntFunction<T[]> newArray) {
        Map<Character, List<T>> lists = new LinkedHashMap<>();
        for (T item : items) {
            lists.computeIfAbsent(key.apply(item), c -> new ArrayList<>()).add(item);
        }
        int bits = 1;
        while ((1 << bits) < 2 * lists.size()) { // at most half full: probes stay short
            bits++;
        }
        char[] keys = new char[1 << bits];
        T[][] groups = (T[][]) new Object[1 << bits][]; // only ever read back as T[] through get
        int shift = 32 - bits;
        for (Map.Entry<Character, List<T>> entry : lists.entrySet()) {
            char c = entry.getKey();
            int slot = slot(c, shift);
            while (groups[slot] != null) {
                slot = (slot + 1) & (keys.length - 1);
            }
            keys[slot] = c;
            groups[slot] = entry.getValue().toArray(newArray.apply(0));
        }
        return new ByCharIndex<>(keys, groups, shift, newArray.apply(0));
    }

    /** Fibonacci hashing: consecutive code points (a block of Han characters) spread over the table. */
    private static int slot(char c, int shift) {
        return (c * 0x9E3779B9) >>> shift;
    }

    /** The items found by {@code c}, in their order; an empty array when there are none. */
    public T[] get(char c) {
        int mask = keys.length - 1;
        for (int slot = slot(c, shift); ; slot = (slot + 1) & mask) {
            T[] group = groups[slot];
            if (group == null) {
                return none;
            }
            if (keys[slot] == c) {
                return group;
            }
        }
    }
}
