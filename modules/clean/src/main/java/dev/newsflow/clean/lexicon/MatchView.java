package dev.newsflow.clean.lexicon;

import dev.newsflow.script.FullWidthForms;

/**
 * A same-length view of a text for matching rules: full-width ASCII forms (ＩＣＰ, ：, （) become their
 * half-width forms and the ideographic space a plain space. Offsets in the view are offsets in the original,
 * so a hit can be mapped back without bookkeeping.
 */
public final class MatchView {
    private MatchView() {
    }

    public static String of(CharSequence text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char m = map(c);
            if (m != c && sb == null) {
                sb = new StringBuilder(text);
            }
            if (sb != null) {
                sb.setCharAt(i, m);
            }
        }
        return sb == null ? text.toString() : sb.toString();
    }

    public static char map(char c) {
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        return FullWidthForms.toAscii(c);
    }
}
