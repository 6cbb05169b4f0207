package dev.newsflow.clean.script;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.StringDictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Traditional-to-Simplified conversion with HanLP's (portable) {@code t2s} dictionary, phrase-aware.
 *
 * <p>Why HanLP's dictionary and not opencc4j: both were measured against the OpenCC CLI's {@code t2s} (the
 * reference) on the five seed pages and on the seeds round-tripped through OpenCC {@code s2t}: both agree on 100%
 * of the Han characters (22,265 and 467,565 characters); HanLP loads in 0.3 s against 1 s, and also gives us the
 * pinyin dictionary the annotation and mojibake rules need. See modules/clean/README.md and
 * scripts/clean/t2s-reference.sh.
 *
 * <p>Why the dictionary is applied here rather than by {@code HanLP.convertToSimplifiedChinese}: HanLP runs an
 * Aho–Corasick automaton over every character and allocates per-character arrays for every call, even when the
 * text holds nothing to convert; most lines of a page are already Simplified or ASCII, and conversion was the
 * largest cost of script normalization. The rule is HanLP's own ({@code BaseChineseDictionary.segLongest}): from
 * left to right, replace the longest dictionary key starting at the current position and continue after it, else
 * copy the character. Here a per-character table finds the keys that can start at a position; a text with none of
 * the characters any replacement changes, or in which no replacement changes anything, is returned as it is.
 * {@code TraditionalToSimplifiedTest} checks that the output equals HanLP's on every BMP character, every
 * dictionary key and whole pages.
 */
public final class TraditionalToSimplified {
    private static final Dictionary T2S = Dictionary.load(HanLP.Config.tcDictionaryRoot + "t2s.txt");

    private TraditionalToSimplified() {
    }

    public static String convert(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return T2S.convert(text);
    }

    /** Characters that differ between {@code before} and {@code after} (the conversion keeps lengths; if not, the excess counts). */
    public static int changedChars(String before, String after) {
        if (before == after) {
            return 0; // convert() returns its argument when nothing changes
        }
        int n = Math.min(before.length(), after.length());
        int changed = Math.abs(before.length() - after.length());
        for (int i = 0; i < n; i++) {
            if (before.charAt(i) != after.charAt(i)) {
                changed++;
            }
        }
        return changed;
    }

    /** Han characters in {@code text} that the converter would still change: residual Traditional script. */
    public static int residualTraditional(String text) {
        return changedChars(text, convert(text));
    }

    /** The keys of the dictionary grouped by their first character. */
    private static final class Dictionary {
        /** Keys starting with the character, or null when none does (or the only key maps the character to itself). */
        private final Keys[] byFirstChar = new Keys[Character.MAX_VALUE + 1];
        /** The characters {@link #byFirstChar} has keys for, as bits: 8 KiB that stay in cache, unlike the table. */
        private final long[] startsKey = new long[(Character.MAX_VALUE + 1) / 64];
        /**
         * The characters a replacement can change: where a key and its value differ (every character of a key
         * whose value has another length). A text holding none of them converts to itself whatever keys match in
         * it, since each matching key then equals its value. Common Simplified characters open many keys (一, 以,
         * 大 in 一目瞭然) but are changed by none, so most lines are settled by one bit test per character.
         */
        private final long[] changeable = new long[(Character.MAX_VALUE + 1) / 64];
        /**
         * For a character that opens no longer key, the one character it converts to (itself when it is no key);
         * 0 when a longer key may start with it, or its value is not one character. Most characters of a
         * Traditional text are settled by this one read, without the character's {@link Keys}.
         */
        private final char[] alone = new char[Character.MAX_VALUE + 1];

        /**
         * The keys starting with one character: longer keys longest first, the distinct second characters of those
         * keys (sorted) with, for each, the indexes of its keys (longest first), and the value of the character
         * alone ({@code single}, null when it is not a key; {@code singleChar} when that value is one BMP
         * character). Some characters open 20 to 30 keys (於, 乾, 覆, 藉) and are frequent in Traditional text.
         */
        private record Keys(String[] longerKeys, String[] longerValues, char[] secondChars, int[][] bySecondChar,
                            String single, char singleChar) {
            static Keys of(List<Map.Entry<String, String>> longer, String single) {
                longer.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
                String[] keys = longer.stream().map(Map.Entry::getKey).toArray(String[]::new);
                String[] values = longer.stream().map(Map.Entry::getValue).toArray(String[]::new);
                TreeMap<Character, List<Integer>> bySecond = new TreeMap<>();
                for (int k = 0; k < keys.length; k++) {
                    bySecond.computeIfAbsent(keys[k].charAt(1), c -> new ArrayList<>()).add(k);
                }
                char[] seconds = new char[bySecond.size()];
                int[][] indexes = new int[bySecond.size()][];
                int slot = 0;
                for (Map.Entry<Character, List<Integer>> e : bySecond.entrySet()) {
                    seconds[slot] = e.getKey();
                    indexes[slot++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
                }
                char singleChar = single != null && single.length() == 1 ? single.charAt(0) : 0;
                return new Keys(keys, values, seconds, indexes, single, singleChar);
            }
        }

        static Dictionary load(String path) {
            // HanLP's own reader, as TraditionalChineseDictionary uses for the same file: same keys, same values.
            StringDictionary entries = new StringDictionary("=");
            if (!entries.load(path)) {
                throw new IllegalStateException("cannot load HanLP's Traditional-to-Simplified dictionary " + path);
            }
            return new Dictionary(entries.entrySet());
        }

        private Dictionary(Iterable<Map.Entry<String, String>> entries) {
            Map<Character, List<Map.Entry<String, String>>> groups = new HashMap<>();
            for (Map.Entry<String, String> e : entries) {
                if (!e.getKey().isEmpty()) {
                    groups.computeIfAbsent(e.getKey().charAt(0), c -> new ArrayList<>()).add(e);
                    markChangeable(e.getKey(), e.getValue());
                }
            }
            for (Map.Entry<Character, List<Map.Entry<String, String>>> group : groups.entrySet()) {
                char first = group.getKey();
                List<Map.Entry<String, String>> longer = new ArrayList<>();
                String single = null;
                for (Map.Entry<String, String> e : group.getValue()) {
                    if (e.getKey().length() == 1) {
                        single = e.getValue();
                    } else {
                        longer.add(e);
                    }
                }
                if (longer.isEmpty() && String.valueOf(first).equals(single)) {
                    continue; // 万=万: replacing the character by itself changes nothing
                }
                startsKey[first >>> 6] |= 1L << first;
                byFirstChar[first] = Keys.of(longer, single);
            }
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                Keys keys = byFirstChar[c];
                if (keys == null) {
                    alone[c] = (char) c;
                } else if (keys.longerKeys().length == 0 && keys.singleChar() != 0) {
                    alone[c] = keys.singleChar();
                }
            }
        }

        private void markChangeable(String key, String value) {
            boolean sameLength = key.length() == value.length();
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (!sameLength || c != value.charAt(i)) {
                    changeable[c >>> 6] |= 1L << c;
                }
            }
        }

        private boolean holdsChangeable(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((changeable[c >>> 6] & (1L << c)) != 0) {
                    return true;
                }
            }
            return false;
        }

        String convert(String text) {
            if (!holdsChangeable(text)) {
                return text;
            }
            int n = text.length();
            // Even then, most lines change nothing (著 of 著名 is changeable, but 著名 is a key of its own):
            // find the first replacement that changes the text before building anything.
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                char single = alone[c];
                if (single != 0) {
                    if (single != c) {
                        break;
                    }
                    i++;
                    continue;
                }
                if ((startsKey[c >>> 6] & (1L << c)) == 0) {
                    i++;
                    continue;
                }
                Keys keys = byFirstChar[c];
                int longer = longerMatch(keys, text, i);
                int length = longer < 0 ? 1 : keys.longerKeys()[longer].length();
                String value = longer < 0 ? keys.single() : keys.longerValues()[longer];
                boolean unchanged = value == null
                        || (length == 1 ? value.length() == 1 && value.charAt(0) == c
                                        : value.length() == length && text.regionMatches(i, value, 0, length));
                if (!unchanged) {
                    break;
                }
                i += length;
            }
            if (i == n) {
                return text;
            }
            StringBuilder out = new StringBuilder(n + 8);
            out.append(text, 0, i);
            while (i < n) {
                char c = text.charAt(i);
                char single = alone[c];
                Keys keys;
                if (single != 0) {
                    out.append(single);
                    i++;
                } else if ((keys = byFirstChar[c]) == null) {
                    out.append(c);
                    i++;
                } else {
                    i += appendLongestMatch(keys, text, i, out);
                }
            }
            return out.toString();
        }

        /** Index of the longest of the longer keys at {@code at}, or -1 when none is there. */
        private static int longerMatch(Keys keys, String text, int at) {
            if (keys.secondChars().length == 0 || at + 1 >= text.length()) {
                return -1;
            }
            char second = text.charAt(at + 1);
            char[] seconds = keys.secondChars();
            for (int slot = 0; slot < seconds.length; slot++) { // a handful at most: a scan beats a binary search
                if (seconds[slot] == second) {
                    for (int k : keys.bySecondChar()[slot]) {
                        if (text.startsWith(keys.longerKeys()[k], at)) {
                            return k;
                        }
                    }
                    return -1;
                }
            }
            return -1;
        }

        /** Appends the value of the longest key at {@code at} (the character itself when none) and returns that key's length. */
        private static int appendLongestMatch(Keys keys, String text, int at, StringBuilder out) {
            int longer = longerMatch(keys, text, at);
            if (longer >= 0) {
                out.append(keys.longerValues()[longer]);
                return keys.longerKeys()[longer].length();
            }
            if (keys.singleChar() != 0) {
                out.append(keys.singleChar());
            } else if (keys.single() != null) {
                out.append(keys.single());
            } else {
                out.append(text.charAt(at));
            }
            return 1;
        }
    }
}
