package dev.newsflow.clean.html;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells an HTML document from a plain-text dump, and measures its nesting without building a DOM. */
public final class HtmlSniffer {
    private static final Pattern HTML_MARKERS = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|title|div|p|table|span|br|a\\s)[\\s>/]", Pattern.CASE_INSENSITIVE);

    private HtmlSniffer() {
    }

    public static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096));
        return HTML_MARKERS.matcher(head).find();
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
                String name = html.substring(nameStart, j).toLowerCase(Locale.ROOT);
                int close = html.indexOf('>', j);
                boolean selfClosing = close > 0 && html.charAt(close - 1) == '/';
                if (!isNonNesting(name) && !selfClosing) {
                    depth = closing ? Math.max(0, depth - 1) : depth + 1;
                    max = Math.max(max, depth);
                }
            }
            i = html.indexOf('<', j);
        }
        return max;
    }

    private static boolean isNonNesting(String tag) {
        return switch (tag) {
            case "br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "param", "source",
                 "track", "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd", "html", "head", "body" -> true;
            default -> false;
        };
    }
}
