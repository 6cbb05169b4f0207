package dev.newsflow.extract.region;

import dev.newsflow.script.HanScript;
import dev.newsflow.extract.text.Hit;
import dev.newsflow.extract.text.ByCharIndex;
import dev.newsflow.extract.text.ResourceTable;
import dev.newsflow.extract.text.TermIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the divisions an article names, with care for names that are not places:
 * <ul>
 *   <li>full names win over the short forms they contain; a name inside a longer lexicon term (三明医改经验)
 *       is part of that term;</li>
 *   <li>names opening a school's or newspaper's name (西安交通大学, 广州医科大学, 徐州日报) are dropped;</li>
 *   <li>in a branch hospital's name (上海市第一人民医院酒泉医院) only the branch's place counts;</li>
 *   <li>a short form (酒泉) counts only with context: the division's full name or an ancestor elsewhere in the
 *       article, an administrative suffix (市委, 县政府), its parent right before it, or an enumeration with a
 *       resolved sibling (宝鸡、铜川、商洛市); short forms that are ordinary words (资源, 合作, 金山) need the
 *       suffix or the parent, and any short form must be a whole word of its context (not 营口 in 经营口径);</li>
 *   <li>a name shared by several divisions is kept only when the article's other names single one out.</li>
 * </ul>
 */
public final class RegionMentionFinder {

    private static final String BASE = "/dev/newsflow/extract/region/";
    private static final int INSTITUTION_SCAN = 12;
    /** What may stand between the names of an enumeration (宝鸡、铜川). */
    private static final String ENUMERATION_MARKS = "、和及与,";

    private enum ContextKind { EDUCATION, MEDIA, ADMIN }

    /** A text to search: the title or the body, with the hits of the shared term automaton. */
    public record Source(String text, List<Hit<Object>> hits, boolean inTitle) {
    }

    private final Gazetteer gazetteer;
    private final WordSense sense;
    /** Context words by first character: read after every name found. */
    private final ByCharIndex<ContextWord> contextWordsByFirstChar;

    private record ContextWord(String word, ContextKind kind) {}

    private RegionMentionFinder(Gazetteer gazetteer, WordSense sense, Map<String, ContextKind> contextWords) {
        this.gazetteer = gazetteer;
        this.sense = sense;
        List<ContextWord> words = new ArrayList<>();
        contextWords.forEach((word, kind) -> words.add(new ContextWord(word, kind)));
        this.contextWordsByFirstChar = ByCharIndex.of(words, w -> w.word().charAt(0), ContextWord[]::new);
    }

    public static RegionMentionFinder withDefaults(Gazetteer gazetteer) {
        Map<String, ContextKind> words = new HashMap<>();
        for (String[] row : ResourceTable.rows(BASE + "context-words.tsv", 2)) {
            words.put(row[0], ContextKind.valueOf(row[1]));
        }
        Set<String> stoplist = new HashSet<>(ResourceTable.terms(BASE + "name-stoplist.txt"));
        return new RegionMentionFinder(gazetteer, new WordSense(stoplist), Map.copyOf(words));
    }

    /** Registers every place name of the gazetteer in the shared automaton. */
    public void register(TermIndex.Builder builder) {
        gazetteer.names().forEach((name, candidates) -> builder.add(name, RegionNameTerm.of(name, candidates)));
    }

    /** Mentions of all sources that resolve to one division each, in source order. */
    public List<RegionMention> find(List<Source> sources) {
        List<Pending> pending = new ArrayList<>();
        for (Source source : sources) {
            pending.addAll(candidates(source));
        }
        Set<String> confirmed = new HashSet<>();
        for (Pending p : pending) {
            if (p.strong && p.candidates.size() == 1 && !sense.isStoplisted(p.name) && !needsWordCheck(p)) {
                p.resolve(p.candidates.get(0), confirmed);
            } else if (!p.strong && p.candidates.size() == 1 && !sense.isOrdinaryWord(p.name)
                    && p.candidates.get(0).division().level() == DivisionLevel.PROVINCE) {
                p.resolve(p.candidates.get(0), confirmed);
            }
        }
        for (int round = 0; round < 3; round++) {
            boolean changed = false;
            for (Pending p : pending) {
                if (p.resolved == null && !p.rejected) {
                    changed |= resolveInContext(p, confirmed);
                }
            }
            for (int i = 0; i < pending.size(); i++) {
                Pending p = pending.get(i);
                if (p.resolved == null && !p.rejected) {
                    changed |= resolveInEnumeration(p, i > 0 ? pending.get(i - 1) : null, confirmed)
                            || resolveInEnumeration(p, i + 1 < pending.size() ? pending.get(i + 1) : null, confirmed);
                }
            }
            if (!changed) {
                break;
            }
        }
        List<RegionMention> mentions = new ArrayList<>();
        for (Pending p : pending) {
            if (p.resolved != null) {
                mentions.add(new RegionMention(p.start, writtenEnd(p), p.resolved.division(), p.resolved.form(),
                        p.source.inTitle(), p.institution));
            }
        }
        return mentions;
    }

    private List<Pending> candidates(Source source) {
        String text = source.text();
        List<Hit<Object>> names = new ArrayList<>();
        List<Hit<Object>> others = new ArrayList<>();
        for (Hit<Object> hit : source.hits()) {
            (hit.term() instanceof RegionNameTerm ? names : others).add(hit);
        }
        if (!isByStartLongestFirst(names)) { // as the term index gives them; checking is cheaper than sorting
            names.sort(Comparator.<Hit<Object>>comparingInt(Hit::start).thenComparing(h -> -h.end()));
        }
        List<Pending> kept = new ArrayList<>();
        int lastEnd = -1;
        int otherIndex = 0;
        int coverEnd = -1;
        int coverStart = -1;
        for (Hit<Object> hit : names) {
            while (otherIndex < others.size() && others.get(otherIndex).start() <= hit.start()) {
                Hit<Object> other = others.get(otherIndex++);
                if (other.end() > coverEnd) {
                    coverEnd = other.end();
                    coverStart = other.start();
                }
            }
            boolean insideLongerTerm = coverEnd > hit.end() || (coverEnd == hit.end() && coverStart < hit.start());
            if (hit.start() < lastEnd || insideLongerTerm) {
                continue;
            }
            lastEnd = hit.end();
            RegionNameTerm term = (RegionNameTerm) hit.term();
            ContextKind after = contextAfter(text, hit.end());
            if (after == ContextKind.EDUCATION || after == ContextKind.MEDIA) {
                continue;
            }
            List<NameCandidate> strong = term.strongCandidates();
            Pending p = new Pending(source, hit.start(), hit.end(), term.name(),
                    strong.isEmpty() ? term.candidates() : strong, !strong.isEmpty(), after == ContextKind.ADMIN,
                    hospitalNameEnd(text, hit.end()));
            kept.add(p);
        }
        // 上海市第一人民医院酒泉医院: the first place names the parent hospital, the branch's place is the event's.
        List<Pending> result = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Pending p = kept.get(i);
            Pending next = i + 1 < kept.size() ? kept.get(i + 1) : null;
            boolean parentHospital = p.hospitalEnd > 0 && next != null && next.start == p.hospitalEnd
                    && (text.startsWith("医院", next.end) || text.startsWith("分院", next.end)
                        || text.startsWith("院区", next.end));
            if (!parentHospital) {
                result.add(p);
            }
        }
        return result;
    }

    private static boolean isByStartLongestFirst(List<Hit<Object>> hits) {
        for (int i = 1; i < hits.size(); i++) {
            Hit<Object> a = hits.get(i - 1);
            Hit<Object> b = hits.get(i);
            if (a.start() > b.start() || (a.start() == b.start() && a.end() < b.end())) {
                return false;
            }
        }
        return true;
    }

    private ContextKind contextAfter(String text, int end) {
        if (end >= text.length()) {
            return null;
        }
        ContextKind found = null;
        int longest = 0;
        for (ContextWord word : contextWordsByFirstChar.get(text.charAt(end))) {
            if (word.word().length() > longest && text.startsWith(word.word(), end)) {
                found = word.kind();
                longest = word.word().length();
            }
        }
        return found;
    }

    /**
     * End of "医院" when the name opens a hospital's name (酒泉市人民医院), else -1. A verb right after the name makes
     * the name the subject of a clause that goes on to a hospital (尤溪县组建总医院), not part of its name.
     */
    private static int hospitalNameEnd(String text, int end) {
        int limit = Math.min(text.length(), end + INSTITUTION_SCAN);
        for (int i = end; i < limit; i++) {
            char c = text.charAt(i);
            if (!(HanScript.isHan(c) || Character.isDigit(c))) {
                return -1;
            }
            if ((c == '院') && i > end && (text.charAt(i - 1) == '医' || text.charAt(i - 1) == '健')) {
                return WordSense.continuesWithVerb(text, end) ? -1 : i + 1; // asked only when 医院 follows
            }
        }
        return -1;
    }

    private boolean resolveInContext(Pending p, Set<String> confirmed) {
        String text = p.source.text();
        if (p.strong) {
            // a two-character full name (和县, 沛县) is as easily an accident of the text as a short form
            boolean stoplisted = sense.isStoplisted(p.name);
            boolean needsSupport = stoplisted || p.name.length() <= 2;
            List<NameCandidate> viable = new ArrayList<>();
            for (NameCandidate c : p.candidates) {
                Division d = c.division();
                boolean parentBefore = precededByParent(text, p.start, d);
                boolean province = d.level() == DivisionLevel.PROVINCE;
                if (stoplisted ? parentBefore
                        : !needsSupport || province || p.admin || parentBefore || ancestorConfirmed(d, confirmed)) {
                    viable.add(c);
                }
            }
            NameCandidate chosen = viable.size() == 1 ? viable.get(0)
                    : bestSupported(viable, confirmed, needsSupport, text, p.end);
            if (chosen == null) {
                return false;
            }
            if (needsWordCheck(p) && !p.admin && !isWholeWords(p, chosen)) {
                p.rejected = true;
                return false;
            }
            return p.resolve(chosen, confirmed);
        }
        boolean ordinary = sense.isOrdinaryWord(p.name);
        List<NameCandidate> viable = new ArrayList<>();
        for (NameCandidate c : p.candidates) {
            Division d = c.division();
            boolean parentBefore = precededByParent(text, p.start, d);
            if (ordinary) {
                if (p.admin || parentBefore) {
                    viable.add(c);
                }
            } else if (p.admin || parentBefore || confirmed.contains(d.adcode()) || ancestorConfirmed(d, confirmed)
                    || d.level() == DivisionLevel.PROVINCE) {
                viable.add(c);
            }
        }
        NameCandidate chosen = viable.size() == 1 ? viable.get(0) : bestSupported(viable, confirmed, true, text, p.end);
        if (chosen == null) {
            return false;
        }
        if (!isWholeWords(p, chosen)) { // segmentation only for names that would otherwise count
            p.rejected = true;
            return false;
        }
        return p.resolve(chosen, confirmed);
    }

    /** 宝鸡、铜川、渭南、榆林、商洛市: a short form in a list with a resolved sibling of the same parent. */
    private boolean resolveInEnumeration(Pending p, Pending neighbour, Set<String> confirmed) {
        if (neighbour == null || neighbour.resolved == null || p.strong || neighbour.source != p.source
                || sense.isOrdinaryWord(p.name)) {
            return false;
        }
        String text = p.source.text();
        int gapStart = Math.min(p.end, neighbour.end);
        int gapEnd = Math.max(p.start, neighbour.start);
        if (gapEnd - gapStart != 1 || ENUMERATION_MARKS.indexOf(text.charAt(gapStart)) < 0) {
            return false; // the gap must be exactly one of the marks
        }
        String parent = neighbour.resolved.division().parentAdcode();
        NameCandidate sibling = null;
        for (NameCandidate c : p.candidates) {
            if (c.division().parentAdcode().equals(parent)) {
                if (sibling != null) {
                    return false;
                }
                sibling = c;
            }
        }
        if (sibling == null) {
            return false;
        }
        if (!isWholeWords(p)) {
            p.rejected = true;
            return false;
        }
        return p.resolve(sibling, confirmed);
    }

    /**
     * Full names need the word check too when they are short (和县 in 省、市和县级医院, 成县 in 形成县域) or when
     * their stem is an ordinary word (合作市 in 合作市场).
     */
    private boolean needsWordCheck(Pending p) {
        if (p.name.length() <= 2) {
            return true;
        }
        for (NameCandidate c : p.candidates) {
            String stem = c.division().shortName();
            if (!stem.isEmpty() && sense.isOrdinaryWord(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #isWholeWords(Pending)}, or the name written with its division's suffix is (红河州 segments as one word,
     * so 红河 alone is no whole word of 云南省红河州弥勒市).
     */
    private boolean isWholeWords(Pending p, NameCandidate chosen) {
        if (isWholeWords(p)) {
            return true;
        }
        int end = writtenEnd(p.source.text(), p.end, chosen);
        return end != p.end && sense.isWholeWords(p.source.text(), p.start, end);
    }

    /** Whether the mention is a whole word of its context; segments once per mention. */
    private boolean isWholeWords(Pending p) {
        if (!p.boundaryChecked) {
            p.boundaryChecked = true;
            p.wholeWords = sense.isWholeWords(p.source.text(), p.start, p.end);
        }
        return p.wholeWords;
    }

    /**
     * The candidate with the most support: its own full name elsewhere in the article (大理州 after 大理白族自治州),
     * the suffix that follows the short form (大理 + 州), confirmed ancestors; null on a tie or, when required,
     * without any support.
     */
    private NameCandidate bestSupported(List<NameCandidate> viable, Set<String> confirmed, boolean requireSupport,
                                        String text, int end) {
        NameCandidate best = null;
        int bestScore = requireSupport ? 0 : -1;
        boolean tie = false;
        char next = end < text.length() ? text.charAt(end) : 0;
        for (NameCandidate c : viable) {
            int score = 0;
            if (confirmed.contains(c.division().adcode())) {
                score += 2;
            }
            String name = c.division().name();
            if (c.form() == NameForm.SHORT && name.charAt(name.length() - 1) == next) {
                score += 2;
            }
            for (Division ancestor : gazetteer.chain(c.division().parentAdcode())) {
                if (confirmed.contains(ancestor.adcode())) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * Where the name as written ends: a short form written with its division's suffix (延边 + 州 for
     * 延边朝鲜族自治州, 南涧 + 县 for 南涧彝族自治县) covers the suffix too, so that a chain written as one name
     * (吉林省延边州延吉市) runs on to its next division.
     */
    private static int writtenEnd(Pending p) {
        return writtenEnd(p.source.text(), p.end, p.resolved);
    }

    private static int writtenEnd(String text, int end, NameCandidate name) {
        String full = name.division().name();
        boolean suffixed = name.form() == NameForm.SHORT && end < text.length()
                && text.charAt(end) == full.charAt(full.length() - 1);
        return suffixed ? end + 1 : end;
    }

    private boolean ancestorConfirmed(Division division, Set<String> confirmed) {
        for (Division ancestor : gazetteer.chain(division.parentAdcode())) {
            if (confirmed.contains(ancestor.adcode())) {
                return true;
            }
        }
        return false;
    }

    private boolean precededByParent(String text, int start, Division division) {
        Division parent = gazetteer.byAdcode(division.parentAdcode()).orElse(null);
        return parent != null && (endsAt(text, start, parent.name())
                || (!parent.shortName().isEmpty() && endsAt(text, start, parent.shortName())));
    }

    private static boolean endsAt(String text, int end, String word) {
        return end >= word.length() && text.startsWith(word, end - word.length());
    }

    private static final class Pending {
        final Source source;
        final int start;
        final int end;
        final String name;
        final List<NameCandidate> candidates;
        final boolean strong;
        final boolean admin;
        final int hospitalEnd;
        final boolean institution;
        NameCandidate resolved;
        boolean rejected;
        boolean boundaryChecked;
        boolean wholeWords;

        Pending(Source source, int start, int end, String name, List<NameCandidate> candidates, boolean strong,
                boolean admin, int hospitalEnd) {
            this.source = source;
            this.start = start;
            this.end = end;
            this.name = name;
            this.candidates = candidates;
            this.strong = strong;
            this.admin = admin;
            this.hospitalEnd = hospitalEnd;
            this.institution = hospitalEnd > 0;
        }

        boolean resolve(NameCandidate candidate, Set<String> confirmed) {
            resolved = candidate;
            confirmed.add(candidate.division().adcode());
            return true;
        }
    }
}
