package dev.newsflow.extract.relevance;

import dev.newsflow.extract.taxonomy.Trigger;
import dev.newsflow.extract.taxonomy.TriggerKind;
import dev.newsflow.extract.text.ArticleDocument;
import dev.newsflow.extract.text.Hit;
import dev.newsflow.extract.text.ResourceTable;
import dev.newsflow.extract.text.Sentence;
import dev.newsflow.extract.text.TermIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the sentence around a trigger: does it report something done, planned, piloted or measured (else the
 * trigger is a passing mention), is the trigger merely a place visited (来到...远程会诊中心), is the sentence
 * advertising, research news or disease knowledge, does shared wording belong to the health sector at all, and
 * is the whole article of a genre that reports no reform (an advert, research news, a service notice).
 * Cue lists are data: relevance/context-cues.tsv, relevance/health-anchors.txt and relevance/sector-words.tsv.
 */
public final class ReportingContext {

    private static final String BASE = "/dev/newsflow/extract/relevance/";
    private static final int PASSING_REACH = 12;
    /** 来到...中心卫生院居民健康管理中心、远程会诊中心: every place of a visit's list is passing. */
    private static final int VISIT_REACH = 40;
    /** How many sentences of its paragraph, each way, may give a trigger its sector: the topic set nearby. */
    private static final int PARAGRAPH_REACH = 10;
    /** At most this many title lines open a body (headline, subtitle): where an article states its genre. */
    private static final int TITLE_LINES = 4;

    private final List<String[]> cues;
    private final List<String> anchors;
    private final List<String[]> sectorWords;

    private ReportingContext(List<String[]> cues, List<String> anchors, List<String[]> sectorWords) {
        this.cues = cues;
        this.anchors = anchors;
        this.sectorWords = sectorWords;
    }

    public static ReportingContext withDefaults() {
        List<String[]> cues = ResourceTable.rows(BASE + "context-cues.tsv", 2);
        cues.forEach(row -> CueKind.valueOf(row[1]));
        List<String[]> sectorWords = ResourceTable.rows(BASE + "sector-words.tsv", 2);
        sectorWords.forEach(row -> SectorWord.Kind.valueOf(row[1]));
        return new ReportingContext(cues, ResourceTable.terms(BASE + "health-anchors.txt"), sectorWords);
    }

    public void register(TermIndex.Builder builder) {
        cues.forEach(row -> builder.add(row[0], new ContextCue(row[0], CueKind.valueOf(row[1]))));
        anchors.forEach(anchor -> builder.add(anchor, new HealthAnchor(anchor)));
        sectorWords.forEach(row -> builder.add(row[0], new SectorWord(row[0], SectorWord.Kind.valueOf(row[1]))));
    }

    /** How the sentence reports a trigger at [triggerStart, triggerEnd); cues inside the trigger do not count. */
    public Reporting reporting(ArticleDocument doc, Sentence sentence, int triggerStart, int triggerEnd,
                               boolean hasFigures) {
        boolean done = false;
        boolean planned = false;
        for (Hit<ContextCue> cue : doc.hits(sentence, ContextCue.class)) {
            if (cue.start() >= triggerStart && cue.end() <= triggerEnd) {
                continue;
            }
            switch (cue.term().kind()) {
                case DONE -> done = true;
                case PLAN -> planned = true;
                default -> { }
            }
        }
        if (done) {
            return Reporting.DONE;
        }
        if (planned) {
            return Reporting.PLANNED;
        }
        return hasFigures ? Reporting.MEASURED : Reporting.NONE;
    }

    /** Advertising, research news, a service notice, disease knowledge or spam: never a reform event. */
    public boolean isNegative(ArticleDocument doc, Sentence sentence) {
        for (Hit<ContextCue> cue : doc.hits(sentence, ContextCue.class)) { // a loop: asked for every sentence
            CueKind kind = cue.term().kind();
            if (kind == CueKind.NEGATIVE || kind == CueKind.GENRE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article's title says it is an advert, research news, a service notice, an activity report, a
     * profile or health advice (论文发表于…期刊, 春节期间门诊安排, 义诊活动, 医院简介): then the reform wording in it
     * describes the institution (拥有国家临床重点专科, 国家区域医疗中心建设单位), it does not report a reform. The
     * title is the headline and the title lines opening the body. A genre word in the first sentence only leaves
     * that sentence out: a report often opens with an invitation or an activity (…欢迎广大群众前来就诊; 近日，县卫健局
     * 组织专家开展义诊活动) and goes on with the reform (医共体已向12个分院派驻专家46名). A title that itself names a
     * health reform (县域医共体专家下乡义诊, 三明医改研究成果发布) says what the article is about, whatever genre
     * words come with it: then only the sentences that carry them are left out.
     */
    public boolean hasNonReformGenre(ArticleDocument title, ArticleDocument body) {
        for (Sentence sentence : title.sentences()) {
            for (Hit<Trigger> trigger : title.hits(sentence, Trigger.class)) {
                if (trigger.term().kind() == TriggerKind.REFORM) {
                    return false;
                }
            }
        }
        for (Sentence sentence : title.sentences()) {
            if (hasCue(title, sentence, CueKind.GENRE)) {
                return true;
            }
        }
        List<Sentence> sentences = body.sentences();
        for (int i = 0; i < sentences.size() && i < TITLE_LINES && sentences.get(i).heading(); i++) {
            if (hasCue(body, sentences.get(i), CueKind.GENRE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCue(ArticleDocument doc, Sentence sentence, CueKind kind) {
        for (Hit<ContextCue> cue : doc.hits(sentence, ContextCue.class)) {
            if (cue.term().kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger is a place visited, a location or an attribute (庄兆林来到...远程会诊中心; 在村卫生室,...;
     * 作为三明医改的先行地区之一): a passing cue shortly before it in the same clause, with no verb in between.
     */
    public boolean isPassing(ArticleDocument doc, Sentence sentence, int triggerStart, boolean facility) {
        String text = doc.text();
        List<Hit<ContextCue>> cues = doc.hits(sentence, ContextCue.class);
        for (Hit<ContextCue> cue : cues) {
            CueKind kind = cue.term().kind();
            boolean visit = kind == CueKind.PASSING;
            boolean near = kind == CueKind.ROLE || (facility && kind == CueKind.PASSING_PLACE);
            if ((visit || near) && cue.end() <= triggerStart
                    && triggerStart - cue.end() <= (visit ? VISIT_REACH : PASSING_REACH)
                    && !hasClauseBreak(text, cue.end(), triggerStart, !visit)
                    && !hasVerbBetween(cues, cue.end(), triggerStart)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence says something has not happened yet (效果尚未体现). */
    public boolean isNegated(ArticleDocument doc, Sentence sentence) {
        return hasCue(doc, sentence, CueKind.NEGATED);
    }

    /**
     * Whether shared wording (a GENERIC trigger at [triggerStart, triggerEnd): 绩效工资, 人才引进) belongs to the
     * health sector. The sector word nearest to it decides, not any health word of the paragraph: a health anchor
     * in the trigger's own clause makes it health, else another sector's word there (教育局, 教师, 农业) makes it
     * not; then the nearest sector word of the rest of the sentence, looking back before ahead (the actor and
     * the topic come before the act); then the same in the nearest sentences of the paragraph that have one.
     * With no sector word anywhere near, it is not health.
     */
    public boolean isHealthContext(ArticleDocument doc, Sentence sentence, int triggerStart, int triggerEnd) {
        String text = doc.text();
        int clauseStart = triggerStart;
        while (clauseStart > sentence.start() && !isClauseBreak(text.charAt(clauseStart - 1))) {
            clauseStart--;
        }
        int clauseEnd = triggerEnd;
        while (clauseEnd < sentence.end() && !isClauseBreak(text.charAt(clauseEnd))) {
            clauseEnd++;
        }
        List<SectorSignal> own = signals(doc, sentence);
        boolean otherSectorInClause = false;
        for (SectorSignal signal : own) {
            if (signal.start() >= clauseStart && signal.end() <= clauseEnd) {
                if (signal.health()) {
                    return true;
                }
                otherSectorInClause = true;
            }
        }
        if (otherSectorInClause) {
            return false;
        }
        for (int i = own.size() - 1; i >= 0; i--) {
            if (own.get(i).end() <= clauseStart) {
                return own.get(i).health();
            }
        }
        for (SectorSignal signal : own) {
            if (signal.start() >= clauseEnd) {
                return signal.health();
            }
        }
        List<Sentence> paragraph = doc.paragraphOf(sentence);
        int at = sentence.index() - paragraph.get(0).index();
        for (int p = at - 1; p >= 0 && at - p <= PARAGRAPH_REACH; p--) {
            List<SectorSignal> signals = signals(doc, paragraph.get(p));
            if (!signals.isEmpty()) {
                return signals.get(signals.size() - 1).health();
            }
        }
        for (int p = at + 1; p < paragraph.size() && p - at <= PARAGRAPH_REACH; p++) {
            List<SectorSignal> signals = signals(doc, paragraph.get(p));
            if (!signals.isEmpty()) {
                return signals.get(0).health();
            }
        }
        return false;
    }

    /** A word that tells a sector: a health anchor (health) or another sector's word. */
    private record SectorSignal(int start, int end, boolean health) {
    }

    /**
     * The sentence's sector words in text order: health anchors not inside a cleanliness word (卫生厕所), and other
     * sectors' words not overlapping a health anchor (学生 in 医学生).
     */
    private static List<SectorSignal> signals(ArticleDocument doc, Sentence sentence) {
        List<Hit<HealthAnchor>> anchors = doc.hits(sentence, HealthAnchor.class);
        List<Hit<SectorWord>> words = doc.hits(sentence, SectorWord.class);
        if (words.isEmpty()) {
            List<SectorSignal> signals = new ArrayList<>(anchors.size());
            anchors.forEach(anchor -> signals.add(new SectorSignal(anchor.start(), anchor.end(), true)));
            return signals;
        }
        List<SectorSignal> signals = new ArrayList<>(anchors.size() + words.size());
        for (Hit<HealthAnchor> anchor : anchors) {
            if (!insideCleanliness(anchor, words)) {
                signals.add(new SectorSignal(anchor.start(), anchor.end(), true));
            }
        }
        for (Hit<SectorWord> word : words) {
            if (word.term().kind() == SectorWord.Kind.OTHER_SECTOR && !overlapsAny(word, anchors)) {
                signals.add(new SectorSignal(word.start(), word.end(), false));
            }
        }
        signals.sort(Comparator.comparingInt(SectorSignal::start));
        return signals;
    }

    private static boolean insideCleanliness(Hit<HealthAnchor> anchor, List<Hit<SectorWord>> words) {
        for (Hit<SectorWord> word : words) {
            if (word.term().kind() == SectorWord.Kind.NOT_HEALTH && anchor.within(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(Hit<SectorWord> word, List<Hit<HealthAnchor>> anchors) {
        for (Hit<HealthAnchor> anchor : anchors) {
            if (anchor.start() < word.end() && word.start() < anchor.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClauseBreak(char c) {
        return c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':';
    }

    /**
     * Whether a facility is one item of a list of institutions (县医院、县中医院和15家乡镇卫生院整合为...): then it is
     * a participant of what the sentence reports, not what is reformed.
     */
    public boolean isEnumerated(ArticleDocument doc, int triggerStart, int triggerEnd) {
        String text = doc.text();
        int before = triggerStart;
        while (before > 0 && isQualifier(text.charAt(before - 1))) {
            before--;
        }
        if (before > 0 && isListMark(text.charAt(before - 1))) {
            return true;
        }
        return triggerEnd < text.length() && isListMark(text.charAt(triggerEnd));
    }

    /** 市, 县, 15家 and the like between a list mark and the institution. */
    private static boolean isQualifier(char c) {
        return c == '市' || c == '县' || c == '区' || c == '省' || c == '家' || c == '个' || c == '所'
                || (c >= '0' && c <= '9');
    }

    private static boolean isListMark(char c) {
        return c == '、' || c == '和' || c == '及' || c == '与';
    }

    /** 深入推进乡镇卫生院建设: a verb between the cue and the trigger makes the trigger an object again. */
    private static boolean hasVerbBetween(List<Hit<ContextCue>> cues, int from, int to) {
        for (Hit<ContextCue> cue : cues) {
            CueKind kind = cue.term().kind();
            if ((kind == CueKind.PLAN || kind == CueKind.DONE) && cue.start() >= from && cue.end() <= to) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasClauseBreak(String text, int from, int to, boolean enumerationBreaks) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '，' || c == ',' || (enumerationBreaks && c == '、') || c == '：' || c == ':' || c == '；'
                    || c == ';') {
                return true;
            }
        }
        return false;
    }
}
