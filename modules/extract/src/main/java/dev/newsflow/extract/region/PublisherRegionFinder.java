package dev.newsflow.extract.region;

import dev.newsflow.extract.text.ArticleDocument;
import dev.newsflow.extract.text.ResourceTable;
import dev.newsflow.extract.text.SentenceSplitter;
import dev.newsflow.extract.text.TermIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The publisher's region read from a page's chrome, for sites the operators did not list with a region:
 * the footer's "主办单位：沧州市卫生健康委员会" or "版权所有 罗田县人民医院" names the publishing body, and its
 * place is the publisher's. A chrome line is cut at each cue ({@code publisher-cues.tsv}) into parts, and
 * place names are resolved in the part after an organization cue with the same rules as in article text;
 * the most specific one wins. Address parts count only when no organization part names a place, because a
 * city body's street address names the district it sits in, not the city it speaks for.
 */
public final class PublisherRegionFinder {

    private static final String CUES = "/dev/newsflow/extract/region/publisher-cues.tsv";
    /** Longest chrome line looked at: footers are short; a long line is text the cleaner removed for another reason. */
    private static final int MAX_LINE_CHARS = 400;

    private enum CueKind { ORGANIZATION, ADDRESS }

    private record Cue(String word, CueKind kind) {}

    private final RegionMentionFinder regions;
    private final TermIndex index;
    private final SentenceSplitter splitter;
    private final List<Cue> cues;
    /** The characters a cue starts with: most positions of a line start none, and are passed at one lookup. */
    private final BitSet cueStarts = new BitSet(Character.MAX_VALUE + 1);

    private PublisherRegionFinder(RegionMentionFinder regions, TermIndex index, SentenceSplitter splitter, List<Cue> cues) {
        this.regions = regions;
        this.index = index;
        this.splitter = splitter;
        this.cues = cues;
        for (Cue cue : cues) {
            cueStarts.set(cue.word().charAt(0));
        }
    }

    /**
     * @param regions the extractor's region finder
     * @param index the extractor's term automaton, in which {@code regions} registered its names
     */
    public static PublisherRegionFinder withDefaults(RegionMentionFinder regions, TermIndex index, SentenceSplitter splitter) {
        List<Cue> cues = new ArrayList<>();
        for (String[] row : ResourceTable.rows(CUES, 2)) {
            cues.add(new Cue(row[0].strip(), CueKind.valueOf(row[1].strip())));
        }
        // Longest first, so that 主办单位 is taken as one cue rather than as 主办.
        cues.sort(Comparator.comparingInt((Cue c) -> c.word().length()).reversed());
        return new PublisherRegionFinder(regions, index, splitter, List.copyOf(cues));
    }

    /** The publisher's GB/T 2260 code named in these chrome lines (page order), if any. */
    public Optional<String> find(List<String> chromeLines) {
        Division byAddress = null;
        for (String line : chromeLines) {
            if (line.length() > MAX_LINE_CHARS) {
                continue;
            }
            for (Part part : parts(line)) {
                if (part.kind() == CueKind.ADDRESS && byAddress != null) {
                    continue; // only the first address counts, and only if no organization names a place
                }
                Division named = mostSpecific(part.text());
                if (named == null) {
                    continue;
                }
                if (part.kind() == CueKind.ORGANIZATION) {
                    return Optional.of(named.adcode()); // the first organization named, in page order, is the publisher
                }
                byAddress = named;
            }
        }
        return Optional.ofNullable(byAddress).map(Division::adcode);
    }

    private record Part(CueKind kind, String text) {}

    /** The line cut at every cue: each part runs from after its cue to the next cue. */
    private List<Part> parts(String line) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        Cue open = null;
        int openEnd = 0;
        while (at < line.length()) {
            Cue cue = cueAt(line, at);
            if (cue == null) {
                at++;
                continue;
            }
            if (open != null) {
                parts.add(new Part(open.kind(), line.substring(openEnd, at)));
            }
            open = cue;
            at += cue.word().length();
            openEnd = at;
        }
        if (open != null) {
            parts.add(new Part(open.kind(), line.substring(openEnd)));
        }
        return parts;
    }

    private Cue cueAt(String line, int at) {
        if (!cueStarts.get(line.charAt(at))) {
            return null;
        }
        for (Cue cue : cues) {
            if (line.startsWith(cue.word(), at)) {
                return cue;
            }
        }
        return null;
    }

    private Division mostSpecific(String text) {
        if (text.isBlank()) {
            return null;
        }
        ArticleDocument part = new ArticleDocument(text, splitter, index);
        Division best = null;
        for (RegionMention mention : regions.find(List.of(new RegionMentionFinder.Source(text, part.hits(), false)))) {
            if (best == null || mention.division().level().ordinal() > best.level().ordinal()) {
                best = mention.division();
            }
        }
        return best;
    }
}
