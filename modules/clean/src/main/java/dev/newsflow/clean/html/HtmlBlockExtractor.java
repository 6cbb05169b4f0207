package dev.newsflow.clean.html;

import dev.newsflow.clean.lexicon.Lexicon;
import dev.newsflow.clean.text.Block;
import dev.newsflow.clean.text.Deadline;
import dev.newsflow.clean.text.LongBlocks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Turns an HTML document into text blocks in page order, with the structural evidence the classifiers need:
 * hidden elements, link density, and chrome hints from {@code nav}/{@code footer}/{@code aside} and from
 * class/id names listed in the {@code html-chrome} lexicon. Traversal is iterative (jsoup's
 * {@link NodeTraversor}), so nesting depth cannot overflow the stack; callers still route documents deeper
 * than the limit to {@link TagStripper} because the DOM build itself slows down with depth.
 */
public final class HtmlBlockExtractor {
    private final Lexicon chromeClassNames;

    public HtmlBlockExtractor(Lexicon chromeClassNames) {
        this.chromeClassNames = chromeClassNames;
    }

    public HtmlPage extract(String html, Deadline deadline) {
        Document doc = Jsoup.parse(html);
        deadline.check("HTML parsing");
        // h1 and meta elements are gathered in the walk that cuts the body into blocks, rather than by two more
        // walks over the whole tree; the other children of <html> (the head, and what jsoup leaves between head and
        // body after an unclosed <template><tr>) are searched in document order.
        BlockCollector collector = new BlockCollector(deadline);
        Element body = doc.body();
        for (Element top : doc.children()) {
            for (Element child : top.children()) {
                if (child == body) {
                    NodeTraversor.filter(collector, body);
                } else {
                    collector.collectMarkersIn(child);
                }
            }
        }
        collector.flush();
        return new HtmlPage(doc.title().strip(), collector.headings, collector.metaDates, collector.blocks);
    }

    /** Adds the text of an {@code h1} that has any. */
    private static void addHeading(Element h1, List<String> headings) {
        String t = h1.text().strip();
        if (!t.isEmpty()) {
            headings.add(t);
        }
    }

    /** Adds the content of a {@code meta} element that declares a publication date. */
    private static void addMetaDate(Element meta, List<String> metaDates) {
        if (!meta.hasAttr("content")) {
            return;
        }
        String key = (meta.attr("property") + meta.attr("name") + meta.attr("itemprop")).toLowerCase(Locale.ROOT);
        if (key.contains("published_time") || key.equals("pubdate") || key.equals("publishdate")
                || key.equals("publish_date") || key.equals("datepublished") || key.equals("og:release_date")
                || key.equals("firstpublishedtime")) {
            metaDates.add(meta.attr("content"));
        }
    }

    private final class BlockCollector implements NodeFilter {
        private final Deadline deadline;
        private final List<Block> blocks = new ArrayList<>();
        /** h1 texts and meta publication dates in document order, as {@code getElementsByTag} would give them. */
        private final List<String> headings = new ArrayList<>();
        private final List<String> metaDates = new ArrayList<>();
        private final Deque<String> chrome = new ArrayDeque<>();
        /** Whether each open element is hidden, so that its tail need not read its attributes again. */
        private final Deque<Boolean> hidden = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int hiddenDepth;
        private int linkDepth;
        private int headingDepth;
        private int linkChars;
        private int links;
        private boolean sawHidden;
        private boolean sawHeading;
        private int visited;

        BlockCollector(Deadline deadline) {
            this.deadline = deadline;
        }

        /** The h1 and meta elements of a subtree the walk does not enter (the head, scripts, templates...). */
        void collectMarkersIn(Element root) {
            for (Element e : root.getAllElements()) { // one walk, document order, for both kinds
                if (e.nameIs("h1")) {
                    addHeading(e, headings);
                } else if (e.nameIs("meta")) {
                    addMetaDate(e, metaDates);
                }
            }
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if ((++visited & 1023) == 0) {
                deadline.check("HTML block extraction");
            }
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0) {
                    linkChars += s.strip().length();
                }
                sawHidden |= hiddenDepth > 0;
                sawHeading |= headingDepth > 0;
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (isSkipped(tag)) {
                if (e.childrenSize() > 0) {
                    collectMarkersIn(e);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("h1")) {
                addHeading(e, headings);
            } else if (tag.equals("meta")) {
                addMetaDate(e, metaDates);
            }
            if (TagStripper.isBlockTag(tag)) {
                flush();
            }
            boolean hiddenElement = isHidden(e);
            hidden.push(hiddenElement);
            if (hiddenElement) {
                hiddenDepth++;
            }
            String hint = chromeHint(e, tag);
            chrome.push(hint == null ? (chrome.isEmpty() ? "" : chrome.peek()) : hint);
            if (tag.equals("a")) {
                linkDepth++;
                links++;
            }
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                headingDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (TagStripper.isBlockTag(tag)) {
                flush();
            }
            if (hidden.pop()) {
                hiddenDepth--;
            }
            chrome.pop();
            if (tag.equals("a")) {
                linkDepth--;
            }
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                headingDepth--;
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            String s = text.toString();
            if (!s.isBlank()) {
                int visible = s.strip().length();
                double density = visible == 0 ? 0 : Math.min(1.0, (double) linkChars / visible);
                String hint = chrome.isEmpty() || chrome.peek().isEmpty() ? null : chrome.peek();
                for (String piece : LongBlocks.split(s)) {
                    blocks.add(new Block(piece, sawHidden || hiddenDepth > 0, hint, density, links, sawHeading));
                }
            }
            text.setLength(0);
            linkChars = 0;
            links = 0;
            sawHidden = false;
            sawHeading = false;
        }

        private String chromeHint(Element e, String tag) {
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside")) {
                return tag;
            }
            String className = e.className();
            String id = e.id();
            if (className.isEmpty() && id.isEmpty()) {
                return null;
            }
            String names = (className + " " + id).toLowerCase(Locale.ROOT);
            if (names.isBlank()) {
                return null;
            }
            List<Lexicon.Hit> hits = chromeClassNames.find(names);
            return hits.isEmpty() ? null : "class=" + hits.get(0).term();
        }
    }

    private static boolean isSkipped(String tag) {
        return switch (tag) {
            case "script", "style", "noscript", "template", "head", "iframe", "svg", "canvas", "object", "select",
                 "textarea", "button" -> true;
            default -> false;
        };
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (compact.contains("display:none") || compact.contains("visibility:hidden")) {
                return true;
            }
        }
        return false;
    }
}
