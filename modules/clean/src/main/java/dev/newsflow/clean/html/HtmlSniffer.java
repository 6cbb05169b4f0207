package dev.newsflow.clean.html;

import java.util.Arrays;
import java.util.regex.Pattern;

/** Tells an HTML document from a plain-text dump, and measures its nesting without building a DOM. */
public final class HtmlSniffer {
    private static final Pattern HTML_MARKERS = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|title|div|p|table|span|br|a\\s)[\\s>/]", Pattern.CASE_INSENSITIVE);

    private HtmlSniffer() {
    }

    public static boolean looksLikeHtml(String text) {
        int end = Math.min(text.length(), 4096);
        int firstTag = 0;
        while (firstTag < end && text.charAt(firstTag) != '<') {
            firstTag++;
        }
        // every marker opens with '<': a plain-text dump without one in its head needs no expression
        return firstTag < end && HTML_MARKERS.matcher(text).region(firstTag, end).find();
    }

    /**
     * The deepest element nesting in {@code html}, estimated in one linear pass over the tags. Elements that are
     * void or often left unclosed (p, li, td...) do not count, so sloppy markup is not mistaken for deep markup.
     */
    public static int estimateDepth(String html) {
        int depth = 0;
        int max = 0;
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            int j = i + 1;
            boolean closing = html.charAt(j) == '/';
            if (closing) {
                j++;
            }
            int nameStart = j;
            while (j < n && Character.isLetterOrDigit(html.charAt(j))) {
                j++;
            }
            if (j > nameStart) {
                int close = html.indexOf('>', j);
                boolean selfClosing = close > 0 && html.charAt(close - 1) == '/';
                if (!selfClosing && !isNonNesting(html, nameStart, j)) {
                    depth = closing ? Math.max(0, depth - 1) : depth + 1;
                    max = Math.max(max, depth);
                }
            }
            i = html.indexOf('<', j);
        }
        return max;
    }

    /** Void elements and those often left unclosed: they do not nest. Lower case ASCII. */
    private static final String[] NON_NESTING = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col",
            "embed", "param", "source", "track", "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd", "html",
            "head", "body"};
    private static final int LONGEST_NON_NESTING = Arrays.stream(NON_NESTING).mapToInt(String::length).max().orElse(0);

    /**
     * Whether html[from, to) names a non-nesting element, in any ASCII case. Compared in place, without a
     * lower-cased copy of every tag name: this runs for every tag of every page.
     */
    private static boolean isNonNesting(String html, int from, int to) {
        int length = to - from;
        if (length > LONGEST_NON_NESTING) {
            return false;
        }
        for (String tag : NON_NESTING) {
            if (tag.length() == length && equalsIgnoringAsciiCase(html, from, tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsIgnoringAsciiCase(String html, int from, String lowerCase) {
        for (int k = 0; k < lowerCase.length(); k++) {
            char c = html.charAt(from + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lowerCase.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
