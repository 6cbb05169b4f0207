package dev.newsflow.clean.script;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips "pinyin-annotated" text: a Han character followed by its pinyin in parentheses, as in
 * {@code 醫(yī)療} or {@code 發(fā)展}. Real parentheses stay: {@code (DRG)}, {@code (含塵肺)}, {@code (5G)} are not a
 * single pinyin syllable. A syllable with a tone mark is enough; a toneless one must be a reading of the character
 * before it (so {@code 措施(a)} in an enumeration stays).
 */
public final class PinyinAnnotationStripper {
    private static final Pattern ANNOTATION = Pattern.compile(
            "(\\p{IsHan})[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,6})[)）]");

    /** Text without annotations and how many were stripped. */
    public record Result(String text, int stripped) {
    }

    public Result strip(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return new Result(text, 0);
        }
        Matcher m = ANNOTATION.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int stripped = 0;
        while (m.find()) {
            String syllable = m.group(2);
            char han = m.group(1).charAt(0);
            boolean annotation = PinyinSyllables.isToneMarked(syllable)
                    || (PinyinSyllables.isToneless(syllable) && PinyinSyllables.isReadingOf(syllable, han));
            if (annotation) {
                out.append(text, last, m.end(1));
                last = m.end();
                stripped++;
            }
        }
        if (stripped == 0) {
            return new Result(text, 0);
        }
        out.append(text, last, text.length());
        return new Result(out.toString(), stripped);
    }
}
