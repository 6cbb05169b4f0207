package dev.newsflow.clean.script;

import dev.newsflow.clean.Repairs;

/**
 * Brings one line of page text to normalized Simplified script. The order matters: mojibake is repaired on the
 * original characters (their GBK bytes are the evidence), annotations are stripped next, conversion comes last.
 * Whitespace is trimmed and runs of blanks collapsed to one space. Stateless and thread-safe.
 */
public final class ScriptNormalizer {
    private final MojibakeRepairer mojibake = new MojibakeRepairer();
    private final PinyinAnnotationStripper annotations = new PinyinAnnotationStripper();

    /** A normalized line and what was done to it. */
    public record Normalized(String text, Repairs repairs) {
    }

    public Normalized normalize(String line) {
        MojibakeRepairer.Result repaired = mojibake.repair(line);
        PinyinAnnotationStripper.Result stripped = annotations.strip(repaired.text());
        String spaced = collapseWhitespace(stripped.text());
        String simplified = TraditionalToSimplified.convert(spaced);
        int converted = TraditionalToSimplified.changedChars(spaced, simplified);
        int malformed = countReplacementChars(line);
        return new Normalized(simplified, new Repairs(converted,
                stripped.stripped() + repaired.annotationsStripped(),
                repaired.repaired(),
                repaired.unrecoverable() + malformed));
    }

    /** U+FFFD already in the input: byte sequences the charset decoder could not read. */
    private static int countReplacementChars(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\uFFFD') {
                n++;
            }
        }
        return n;
    }

    static String collapseWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || Character.isISOControl(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
