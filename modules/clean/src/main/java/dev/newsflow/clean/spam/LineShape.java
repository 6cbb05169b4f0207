package dev.newsflow.clean.spam;

import java.util.ArrayList;
import java.util.List;

/**
 * Surface features that tell a keyword-stuffed run ({@code 永久免费av网站,国产丰满...,av导航在线}) or a link-farm
 * list ({@code 庄河市| 峨眉山市| ...}) from a sentence: spam is many short segments joined by {@code , _ | /} or
 * spaces, with no sentence punctuation and no quotation.
 */
public final class LineShape {
    private LineShape() {
    }

    public static List<String> segments(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSeparator(c)) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** Separator characters in {@code line}: a line has at most one more {@link #segments} than this. */
    public static int separatorCount(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (isSeparator(line.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    public static boolean hasSentencePunctuation(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (isSentencePunctuation(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // Plain comparisons rather than a String.indexOf(c) per character: these run on every character of every
    // line, and most characters are CJK ideographs, which the first comparison rules out.

    /** Segment separators: , ， _ | ｜ / blank, tab, ideographic space. */
    private static boolean isSeparator(char c) {
        if (c < 0x80) {
            return c == ',' || c == '_' || c == '|' || c == '/' || c == ' ' || c == '\t';
        }
        return c == '，' || c == '｜' || c == '\u3000';
    }

    /** Sentence punctuation: 。！？；：: and quotation marks “”「」《》. */
    private static boolean isSentencePunctuation(char c) {
        if (c < 0x2000) {
            return c == ':';
        }
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '：' || c == '“' || c == '”' || c == '「'
                || c == '」' || c == '《' || c == '》';
    }

    /** At least {@code minSegments} separated segments, each short, and no sentence punctuation. */
    public static boolean isKeywordRun(String line, int minSegments) {
        if (hasSentencePunctuation(line)) {
            return false;
        }
        List<String> segments = segments(line);
        if (segments.size() < minSegments) {
            return false;
        }
        int total = 0;
        for (String s : segments) {
            if (s.length() > 30) {
                return false;
            }
            total += s.length();
        }
        return total / segments.size() <= 20;
    }
}
