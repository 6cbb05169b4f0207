package dev.newsflow.clean.script;

import dev.newsflow.clean.text.EitherCharSearch;
import dev.newsflow.script.HanScript;

/**
 * Strips "pinyin-annotated" text: a Han character followed by its pinyin in parentheses, as in
 * {@code 醫(yī)療} or {@code 發(fā)展}. Real parentheses stay: {@code (DRG)}, {@code (含塵肺)}, {@code (5G)} are not a
 * single pinyin syllable. A syllable with a tone mark is enough; a toneless one must be a reading of the character
 * before it (so {@code 措施(a)} in an enumeration stays).
 *
 * <p>An annotation is {@code (\p{IsHan})[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,6})[)）]}. It is found by
 * looking at each opening parenthesis instead of running that regular expression: Chinese text is full of
 * parentheses, and the expression tried a match at every character of every line that had one (a quarter of
 * normalization time). Both find the same annotations: one can only start right before a parenthesis, and two
 * cannot overlap because a closing parenthesis is not Han ({@code PinyinAnnotationStripperTest} compares them).
 */
public final class PinyinAnnotationStripper {
    private static final String SYLLABLE_LETTERS = "abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ";
    private static final int MAX_SYLLABLE = 6;

    /** Text without annotations and how many were stripped. */
    public record Result(String text, int stripped) {
    }

    public Result strip(String text) {
        EitherCharSearch openings = new EitherCharSearch(text, '(', '（');
        int open = openings.next(0);
        if (open < 0) {
            return new Result(text, 0);
        }
        StringBuilder out = null;
        int last = 0;
        int stripped = 0;
        int n = text.length();
        for (; open >= 0; open = openings.next(open + 1)) {
            if (open == 0) {
                continue;
            }
            int han = text.codePointBefore(open);
            boolean isHan = han <= Character.MAX_VALUE ? HanScript.isHan((char) han)
                    : Character.UnicodeScript.of(han) == Character.UnicodeScript.HAN;
            if (!isHan) {
                continue;
            }
            int close = open + 1;
            while (close < n && close - open - 1 < MAX_SYLLABLE && SYLLABLE_LETTERS.indexOf(text.charAt(close)) >= 0) {
                close++;
            }
            if (close == open + 1 || close >= n || !isClosing(text.charAt(close))) {
                continue;
            }
            String syllable = text.substring(open + 1, close);
            // As the expression's group(1).charAt(0): the high surrogate for a character outside the BMP.
            char hanChar = text.charAt(open - Character.charCount(han));
            boolean annotation = PinyinSyllables.isToneMarked(syllable)
                    || (PinyinSyllables.isToneless(syllable) && PinyinSyllables.isReadingOf(syllable, hanChar));
            if (annotation) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, last, open);
                last = close + 1;
                stripped++;
            }
            open = close;
        }
        if (stripped == 0) {
            return new Result(text, 0);
        }
        out.append(text, last, n);
        return new Result(out.toString(), stripped);
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == '）';
    }
}
