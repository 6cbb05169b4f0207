package dev.newsflow.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Words grouped by one of their characters (first or last), each group an array in the order the words came:
 * extractors look up the words that can start or end at a character of a sentence, and a loop over an array
 * calls no iterator (these lookups run at every figure or place name).
 */
public final class ByCharIndex<T> {
    private final Map<Character, T[]> groups;
    private final T[] none;

    private ByCharIndex(Map<Character, T[]> groups, T[] none) {
        this.groups = groups;
        this.none = none;
    }

    /**
     * @param items    the words (or records holding them), in the order each group keeps (longest first, say)
     * @param key      the character an item is found by
     * @param newArray the array constructor of the item type
     */
    public static <T> ByCharIndex<T> of(Iterable<T> items, Function<T, Character> key, IntFunction<T[]> newArray) {
        Map<Character, List<T>> lists = new HashMap<>();
        for (T item : items) {
            lists.computeIfAbsent(key.apply(item), c -> new ArrayList<>()).add(item);
        }
        Map<Character, T[]> groups = new HashMap<>();
        lists.forEach((c, group) -> groups.put(c, group.toArray(newArray.apply(0))));
        return new ByCharIndex<>(Map.copyOf(groups), newArray.apply(0));
    }

    /** The items found by {@code c}, in their order; an empty array when there are none. */
    public T[] get(char c) {
        return groups.getOrDefault(c, none);
    }
}
