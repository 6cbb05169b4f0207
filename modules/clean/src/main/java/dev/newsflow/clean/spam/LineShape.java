package dev.newsflow.clean.spam;

import java.util.ArrayList;
import java.util.List;

/**
 * Surface features that tell a keyword-stuffed run ({@code 永久免费av网站,国产丰满...,av导航在线}) or a link-farm
 * list ({@code 庄河市| 峨眉山市| ...}) from a sentence: spam is many short segments joined by {@code , _ | /} or
 * spaces, with no sentence punctuation and no quotation.
 */
public final class LineShape {
    private static final String SEPARATORS = ",，_|｜/ \t\u3000";
    private static final String SENTENCE_PUNCTUATION = "。！？；：:“”「」《》";

    private LineShape() {
    }

    public static List<String> segments(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SEPARATORS.indexOf(c) >= 0) {
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

    public static boolean hasSentencePunctuation(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (SENTENCE_PUNCTUATION.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
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
