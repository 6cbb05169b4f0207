package dev.newsflow.clean;

import dev.newsflow.clean.boilerplate.BoilerplateClassifier;
import dev.newsflow.clean.boilerplate.BoilerplateVerdict;
import dev.newsflow.clean.date.PublicationDateParser;
import dev.newsflow.clean.html.HtmlPage;
import dev.newsflow.script.HanScript;
import dev.newsflow.clean.script.ScriptNormalizer;
import dev.newsflow.clean.spam.LineShape;
import dev.newsflow.clean.spam.SpamClassifier;
import dev.newsflow.clean.spam.SpamVerdict;
import dev.newsflow.clean.text.Block;
import dev.newsflow.clean.text.Deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the text blocks of one page into the article: normalizes every block, marks spam and chrome, finds the
 * headline, the header (date and source lines) and the start of the page's tail, and keeps everything else.
 *
 * <p>Nothing is dropped for being short: the article is the run of lines from the headline on that no rule
 * removed, so short paragraphs ("初心如磐,使命在肩。") and section headings inside the body stay. Each removed
 * line is listed with its rule.
 */
final class ArticleBuilder {
    private static final int MAX_HEADLINE_CHARS = 80;
    private static final int MIN_HEADLINE_CHARS = 4;
    private static final int MAX_DATE_LINE_CHARS = 120;
    private static final int HEADLINE_TO_DATE_LINES = 3;
    /** A date line further down is a footer's or a related list's, not the one under the headline. */
    private static final int DATE_LINE_WITHIN = 25;
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s*(?:[_|｜]|\\s[-–—]\\s)\\s*");

    private final SpamClassifier spam;
    private final BoilerplateClassifier boilerplate;
    private final ScriptNormalizer normalizer = new ScriptNormalizer();
    private final PublicationDateParser dates = new PublicationDateParser();

    /** @param spam the spam rules, or {@link SpamClassifier#waived()} for a page released from quarantine */
    ArticleBuilder(CleaningRules rules, SpamClassifier spam) {
        this.spam = spam;
        this.boilerplate = new BoilerplateClassifier(rules.boilerplateLexicon());
    }

    private enum Status { KEEP, SPAM, BOILERPLATE }

    private static final class Line {
        final Block block;
        String text;
        List<SpamClassifier.Removed> cutSegments = List.of();
        Status status = Status.KEEP;
        String rule;
        int spamScore;
        boolean startsTail;

        Line(Block block, String text) {
            this.block = block;
            this.text = text;
        }

        void remove(Status s, String why) {
            status = s;
            rule = why;
        }
    }

    /** What {@link PageCleaner} needs besides the charset. */
    record Article(String title, LocalDate publishedDate, String text, boolean spam, List<Removal> removed, Repairs repairs) {
    }

    Article build(List<Block> blocks, HtmlPage html, Deadline deadline) {
        List<Line> lines = new ArrayList<>(blocks.size());
        Repairs repairs = Repairs.NONE;
        for (Block block : blocks) {
            ScriptNormalizer.Normalized n = normalizer.normalize(block.text());
            repairs = repairs.plus(n.repairs());
            if (!n.text().isBlank()) {
                lines.add(new Line(block, n.text()));
            }
            deadline.check("script normalization");
        }
        deadline.check("script normalization");

        List<Removal> titleRemovals = new ArrayList<>();
        markSpamAndChrome(lines, deadline);
        deadline.check("spam and boilerplate rules");

        String preferredTitle = html == null ? null : preferredHtmlTitle(html, lines, titleRemovals);
        int headline = locateHeadline(lines, preferredTitle);
        int bodyStart = locateBodyStart(lines, headline);
        markHeaderAndPreamble(lines, headline, bodyStart);
        markTail(lines, Math.max(headline, bodyStart - 1));
        stripSpamSegments(lines);

        String title = preferredTitle != null ? preferredTitle : (headline >= 0 ? lines.get(headline).text : "");
        SpamClassifier.Stripped cleanTitle = spam.stripSpamSegments(title);
        title = cleanTitle.text();

        List<PublicationDateParser.Line> dateLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            dateLines.add(new PublicationDateParser.Line(lines.get(i).text, i < bodyStart));
        }
        LocalDate published = dates.find(html == null ? List.of() : html.metaDates(), dateLines).orElse(null);

        boolean spamPage = isSpamPage(lines);
        List<Removal> removed = new ArrayList<>(titleRemovals);
        int keptLength = 0;
        for (Line line : lines) {
            keptLength += line.status == Status.KEEP ? line.text.length() + 1 : 0;
        }
        StringBuilder text = new StringBuilder(keptLength); // sized once: the article is most of a page's text
        for (Line line : lines) {
            if (line.status == Status.KEEP && spamPage) {
                line.remove(Status.SPAM, "spam-page: no article text besides spam");
            }
            switch (line.status) {
                case KEEP -> {
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    text.append(line.text);
                    for (SpamClassifier.Removed cut : line.cutSegments) {
                        removed.add(new Removal(RemovalReason.SPAM, "segment; " + cut.rule(), cut.text()));
                    }
                }
                case SPAM -> removed.add(new Removal(RemovalReason.SPAM, line.rule, line.block.text().strip()));
                case BOILERPLATE -> removed.add(new Removal(RemovalReason.BOILERPLATE, line.rule, line.block.text().strip()));
            }
        }
        if (spamPage) {
            title = "";
            published = null;
        }
        return new Article(title, published, text.toString(), spamPage, removed, repairs);
    }

    private void markSpamAndChrome(List<Line> lines, Deadline deadline) {
        for (Line line : lines) {
            deadline.check("spam and boilerplate rules");
            Block block = line.block;
            SpamVerdict verdict = spam.classify(line.text);
            line.spamScore = verdict.score();
            if (block.hidden()) {
                line.remove(verdict.spam() ? Status.SPAM : Status.BOILERPLATE,
                        verdict.spam() ? "hidden-element; " + verdict.rule() : "hidden-element");
            } else if (isLinkList(block)) {
                boolean spammy = verdict.spam() || verdict.score() >= 3;
                line.remove(spammy ? Status.SPAM : Status.BOILERPLATE,
                        spammy ? "link-list; " + (verdict.rule() != null ? verdict.rule() : "spam score " + verdict.score()) : "link-list");
            } else if (verdict.spam()) {
                keepProseAroundSpam(line, verdict);
            } else if (block.chromeHint() != null && (line.text.length() <= 100 || block.linkDensity() >= 0.3)) {
                line.remove(Status.BOILERPLATE, "html-chrome: " + block.chromeHint());
            } else {
                BoilerplateVerdict bv = boilerplate.classify(line.text, false);
                if (bv.boilerplate()) {
                    line.remove(Status.BOILERPLATE, bv.rule());
                    line.startsTail = bv.startsTail();
                }
            }
        }
    }

    /**
     * A spam line that also carries a real sentence (spam appended to a paragraph) loses only its spam segments;
     * otherwise the whole line goes.
     */
    private void keepProseAroundSpam(Line line, SpamVerdict verdict) {
        SpamClassifier.Stripped stripped = spam.stripSpamSegments(line.text);
        String rest = stripped.text();
        int han = HanScript.count(rest);
        boolean prose = han >= 20 && (rest.indexOf('。') >= 0 || rest.indexOf('！') >= 0 || rest.indexOf('？') >= 0
                || rest.indexOf('；') >= 0);
        if (prose && !stripped.removed().isEmpty() && !spam.remainderIsSpam(rest)) {
            line.text = rest;
            line.cutSegments = stripped.removed();
        } else {
            line.remove(Status.SPAM, verdict.rule());
        }
    }

    private static boolean isLinkList(Block block) {
        return block.links() >= 3 && block.linkDensity() >= 0.6;
    }

    /**
     * The headline the HTML names: the earliest {@code <title>} part (between _ | -) that the page also prints;
     * else an {@code h1} matching the first part (sites put their logo in an h1 too, so an h1 alone is not
     * trusted); else the longest part; an h1 when there is no usable {@code <title>}. Spam segments of the {@code <title>} are always recorded as removed.
     */
    private String preferredHtmlTitle(HtmlPage html, List<Line> lines, List<Removal> titleRemovals) {
        String title = null;
        if (!html.title().isBlank()) {
            String normalized = normalizer.normalize(html.title()).text();
            SpamClassifier.Stripped stripped = spam.stripSpamSegments(normalized);
            for (SpamClassifier.Removed r : stripped.removed()) {
                titleRemovals.add(new Removal(RemovalReason.SPAM, "title; " + r.rule(), r.text()));
            }
            SpamVerdict rest = spam.classify(stripped.text());
            if (rest.spam()) {
                titleRemovals.add(new Removal(RemovalReason.SPAM, "title; " + rest.rule(), stripped.text()));
            } else if (!stripped.text().isBlank()) {
                title = stripped.text();
            }
        }
        List<String> headings = new ArrayList<>();
        for (String h1 : html.headings()) {
            String t = normalizer.normalize(h1).text();
            if (t.length() >= MIN_HEADLINE_CHARS && t.length() <= 2 * MAX_HEADLINE_CHARS && !spam.classify(t).spam()) {
                headings.add(t);
            }
        }
        if (title == null) {
            return headings.isEmpty() ? null : headings.get(0);
        }
        List<String> parts = new ArrayList<>();
        for (String part : TITLE_SEPARATORS.split(title)) {
            if (part.strip().length() >= MIN_HEADLINE_CHARS) {
                parts.add(part.strip());
            }
        }
        // Chinese sites title pages "article_column_site": the earliest part the page prints is the headline.
        for (String part : parts) {
            for (Line line : lines) {
                if (line.status == Status.KEEP && (line.text.equals(part) || line.text.startsWith(part))) {
                    return part;
                }
            }
        }
        String first = parts.isEmpty() ? title : parts.get(0);
        for (String h : headings) {
            if (h.equals(first) || (h.length() >= 6 && first.contains(h)) || (first.length() >= 6 && h.contains(first))) {
                return h;
            }
        }
        String best = null;
        for (String p : parts) {
            if (best == null || p.length() > best.length()) {
                best = p;
            }
        }
        return best;
    }

    /**
     * The headline: the line the HTML title names; else the closest headline-like line above the date line;
     * else the first headline-like line. -1 when the page has no candidate.
     */
    private int locateHeadline(List<Line> lines, String preferredTitle) {
        if (preferredTitle != null) {
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.status == Status.KEEP && (line.text.equals(preferredTitle)
                        || (line.text.length() >= 6 && preferredTitle.contains(line.text) && isHeadlineLike(line)))) {
                    return i;
                }
            }
        }
        int dateLine = -1;
        for (int i = 0; i < Math.min(lines.size(), DATE_LINE_WITHIN); i++) {
            String t = lines.get(i).text;
            if (t.length() <= MAX_DATE_LINE_CHARS && dates.firstDate(t).isPresent()) {
                dateLine = i;
                break;
            }
        }
        if (dateLine > 0) {
            for (int i = dateLine - 1; i >= Math.max(0, dateLine - HEADLINE_TO_DATE_LINES); i--) {
                if (isHeadlineLike(lines.get(i))) {
                    return i;
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (isHeadlineLike(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private boolean isHeadlineLike(Line line) {
        String t = line.text;
        if (line.status != Status.KEEP || t.length() < MIN_HEADLINE_CHARS || t.length() > MAX_HEADLINE_CHARS) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        int han = HanScript.count(t);
        return "。；;！!？?:：,，".indexOf(last) < 0 && t.indexOf('。') < 0 && t.indexOf('\uFFFD') < 0
                && han * 10 >= t.length() * 3 && dates.firstDate(t).isEmpty();
    }

    /**
     * The first real paragraph after the headline: long enough, written in sentences, and not a header line. A
     * long date line ({@code 2023-02-28 17:05　来源：新华社　字号：默认 大 超大}) has the shape of a paragraph;
     * taking it for the body would leave it, and the date on it, outside the header.
     */
    private int locateBodyStart(List<Line> lines, int headline) {
        for (int i = headline + 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.status == Status.KEEP && isParagraph(line.text) && !isHeaderLine(line.text)) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean isParagraph(String text) {
        return text.length() >= 40 && (LineShape.hasSentencePunctuation(text) || text.indexOf(',') >= 0 || text.indexOf('，') >= 0);
    }

    private boolean isHeaderLine(String text) {
        return dates.opensWithDateStamp(text) || boilerplate.classify(text, true).boilerplate();
    }

    /** Header rules (date, source, author lines) apply up to the body; short lines above the headline are chrome. */
    private void markHeaderAndPreamble(List<Line> lines, int headline, int bodyStart) {
        for (int i = 0; i < Math.min(bodyStart, lines.size()); i++) {
            Line line = lines.get(i);
            if (line.status != Status.KEEP || i == headline) {
                continue;
            }
            BoilerplateVerdict bv = boilerplate.classify(line.text, true);
            if (bv.boilerplate()) {
                line.remove(Status.BOILERPLATE, bv.rule());
            } else if (dates.opensWithDateStamp(line.text)) {
                line.remove(Status.BOILERPLATE, "date-line: the page's date stamp and its fields");
            } else if (i < headline && !isParagraph(line.text)) {
                line.remove(Status.BOILERPLATE, "before-headline: site chrome above the headline");
            }
        }
    }

    /** After a tail marker (相关文章, 今日热点...) below the body, the rest of the page is chrome. */
    private static void markTail(List<Line> lines, int from) {
        int tailStart = -1;
        for (int i = Math.max(0, from + 1); i < lines.size(); i++) {
            if (lines.get(i).startsTail) {
                tailStart = i;
                break;
            }
        }
        if (tailStart < 0) {
            return;
        }
        String why = "page-tail: after '" + lines.get(tailStart).rule + "'";
        for (int i = tailStart + 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.status == Status.KEEP) {
                line.remove(Status.BOILERPLATE, why);
            }
        }
    }

    /** Kept lines that still hold strong spam terms lose their spam segments (each recorded as a removal). */
    private void stripSpamSegments(List<Line> lines) {
        for (Line line : lines) {
            if (line.status != Status.KEEP || line.spamScore < 3) {
                continue;
            }
            SpamClassifier.Stripped stripped = spam.stripSpamSegments(line.text);
            if (stripped.removed().isEmpty()) {
                continue;
            }
            if (stripped.text().isBlank()) {
                line.remove(Status.SPAM, stripped.removed().get(0).rule());
            } else {
                line.text = stripped.text();
                line.cutSegments = stripped.removed();
            }
        }
    }

    /** A page with spam on it and not one article paragraph left is spam as a whole. */
    private static boolean isSpamPage(List<Line> lines) {
        boolean anySpam = false;
        for (Line line : lines) {
            if (line.status == Status.SPAM) {
                anySpam = true;
            } else if (line.status == Status.KEEP && isArticleParagraph(line.text)) {
                return false;
            }
        }
        return anySpam;
    }

    private static boolean isArticleParagraph(String text) {
        int han = HanScript.count(text);
        return han >= 20 && (LineShape.hasSentencePunctuation(text) || text.indexOf(',') >= 0 || text.indexOf('，') >= 0);
    }
}
