package dev.newsflow.script;

/**
 * Full-width forms of ASCII (Ｕ+FF01 to Ｕ+FF5E: ＩＣＰ, ：, （, １８％), which Chinese pages mix with ASCII. Rules and
 * units are written in ASCII and matched against either form; the text itself keeps what the page wrote.
 */
public final class FullWidthForms {

    private FullWidthForms() {}

    /** The ASCII character a full-width form stands for (％ → %), else {@code c} itself. */
    public static char toAscii(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }
}
