package dev.newsflow.clean.script;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The valid Mandarin syllables (with and without tone marks) and the readings of a character, from HanLP's pinyin data. */
public final class PinyinSyllables {
    private static final Set<String> TONE_MARKED = new HashSet<>();
    private static final Set<String> TONELESS = new HashSet<>();
    /**
     * The first reading HanLP gives each character ({@link Pinyin#none5} when it gives none), filled on first use:
     * HanLP segments its input against its whole pinyin dictionary on every call, and the mojibake rules ask about
     * the same characters again and again. Filling it without locking is safe: every thread stores the same
     * enum constant for a character.
     */
    private static final Pinyin[] FIRST_READING = new Pinyin[Character.MAX_VALUE + 1];

    static {
        for (Pinyin p : Pinyin.values()) {
            if (p.name().startsWith("none")) {
                continue;
            }
            TONE_MARKED.add(p.getPinyinWithToneMark());
            TONELESS.add(p.getPinyinWithoutTone());
        }
    }

    private PinyinSyllables() {
    }

    /** A syllable written with a tone mark, e.g. {@code yī}, {@code lǜ}. */
    public static boolean isToneMarked(String syllable) {
        return TONE_MARKED.contains(syllable) && !TONELESS.contains(syllable);
    }

    /** A syllable written without a tone mark (neutral tone), e.g. {@code de}. */
    public static boolean isToneless(String syllable) {
        return TONELESS.contains(syllable);
    }

    /** The main reading of {@code ch} with its tone mark, or {@code null} when HanLP knows none. */
    public static String readingOf(char ch) {
        Pinyin first = firstReading(ch);
        return first == null ? null : first.getPinyinWithToneMark();
    }

    /** True when {@code syllable} (with or without tone mark) is a reading of {@code ch}. */
    public static boolean isReadingOf(String syllable, char ch) {
        Pinyin first = firstReading(ch);
        if (first == null) {
            return false;
        }
        return first.getPinyinWithToneMark().equals(syllable) || first.getPinyinWithoutTone().equals(syllable);
    }

    /** HanLP's first reading of {@code ch}, or null when it has none. */
    private static Pinyin firstReading(char ch) {
        Pinyin first = FIRST_READING[ch];
        if (first == null) {
            List<Pinyin> list = HanLP.convertToPinyinList(String.valueOf(ch));
            first = list.isEmpty() ? Pinyin.none5 : list.get(0);
            FIRST_READING[ch] = first;
        }
        return first.name().startsWith("none") ? null : first;
    }
}
