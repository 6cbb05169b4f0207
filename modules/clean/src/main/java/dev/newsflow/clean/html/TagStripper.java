package dev.newsflow.clean.html;

import dev.newsflow.clean.text.Block;
import dev.newsflow.clean.text.Deadline;
import dev.newsflow.clean.text.PlainTextBlocks;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Linear-time text extraction for HTML too deeply nested to hand to a DOM parser: drops scripts, styles and
 * comments, turns block tags into line breaks, removes the other tags and decodes entities. Keeps all the text;
 * loses only the structural hints (hidden elements, link density).
 */
public final class TagStripper {
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]{0,500})</title>", Pattern.CASE_INSENSITIVE);

    private TagStripper() {
    }

    public static HtmlPage strip(String html, Deadline deadline) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                out.append(c);
                i++;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            int close = html.indexOf('>', i);
            if (close < 0) {
                break;
            }
            String tag = tagName(html, i + 1, close);
            if (tag.equals("script") || tag.equals("style")) {
                int end = indexOfIgnoreCase(html, "</" + tag, close);
                i = end < 0 ? n : Math.max(close + 1, html.indexOf('>', end) + 1);
                if (i == 0) {
                    i = n;
                }
                continue;
            }
            if (isBlockTag(tag)) {
                out.append('\n');
            }
            i = close + 1;
            if ((i & 0xFFFF) == 0) {
                deadline.check("tag stripping");
            }
        }
        String text = Parser.unescapeEntities(out.toString(), false);
        Matcher m = TITLE.matcher(html.length() > 65536 ? html.substring(0, 65536) : html);
        String title = m.find() ? Parser.unescapeEntities(m.group(1), false).strip() : "";
        List<Block> blocks = PlainTextBlocks.split(text, deadline);
        return new HtmlPage(title, List.of(), List.of(), blocks);
    }

    private static String tagName(String html, int from, int to) {
        int j = from;
        if (j < to && html.charAt(j) == '/') {
            j++;
        }
        int start = j;
        while (j < to && Character.isLetterOrDigit(html.charAt(j))) {
            j++;
        }
        return html.substring(start, j).toLowerCase(Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int i = from; i <= s.length() - needle.length(); i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    static boolean isBlockTag(String tag) {
        return switch (tag) {
            case "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
                 "section", "article", "header", "footer", "nav", "aside", "dd", "dt", "dl", "blockquote", "pre",
                 "form", "title", "hr", "main", "center", "figcaption", "figure", "address", "tbody", "thead" -> true;
            default -> false;
        };
    }
}
