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
        List<Pinyin> list = HanLP.convertToPinyinList(String.valueOf(ch));
        if (list.isEmpty() || list.get(0).name().startsWith("none")) {
            return null;
        }
        return list.get(0).getPinyinWithToneMark();
    }

    /** True when {@code syllable} (with or without tone mark) is a reading of {@code ch}. */
    public static boolean isReadingOf(String syllable, char ch) {
        String reading = readingOf(ch);
        if (reading == null) {
            return false;
        }
        if (reading.equals(syllable)) {
            return true;
        }
        List<Pinyin> list = HanLP.convertToPinyinList(String.valueOf(ch));
        return list.get(0).getPinyinWithoutTone().equals(syllable);
    }
}
