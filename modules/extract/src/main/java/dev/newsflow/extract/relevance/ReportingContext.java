package dev.newsflow.extract.relevance;

import dev.newsflow.extract.text.ArticleDocument;
import dev.newsflow.extract.text.Hit;
import dev.newsflow.extract.text.ResourceTable;
import dev.newsflow.extract.text.Sentence;
import dev.newsflow.extract.text.TermIndex;
import java.util.List;

/**
 * Reads the sentence around a trigger: does it report something done, planned, piloted or measured (else the
 * trigger is a passing mention), is the trigger merely a place visited (来到...远程会诊中心), is the sentence
 * advertising, research news or disease knowledge, and does it belong to the health sector at all.
 * Cue lists are data: relevance/context-cues.tsv and relevance/health-anchors.txt.
 */
public final class ReportingContext {

    private static final String BASE = "/dev/newsflow/extract/relevance/";
    private static final int PASSING_REACH = 12;
    /** 来到...中心卫生院居民健康管理中心、远程会诊中心: every place of a visit's list is passing. */
    private static final int VISIT_REACH = 40;

    private final List<String[]> cues;
    private final List<String> anchors;

    private ReportingContext(List<String[]> cues, List<String> anchors) {
        this.cues = cues;
        this.anchors = anchors;
    }

    public static ReportingContext withDefaults() {
        List<String[]> cues = ResourceTable.rows(BASE + "context-cues.tsv", 2);
        cues.forEach(row -> CueKind.valueOf(row[1]));
        return new ReportingContext(cues, ResourceTable.terms(BASE + "health-anchors.txt"));
    }

    public void register(TermIndex.Builder builder) {
        cues.forEach(row -> builder.add(row[0], new ContextCue(row[0], CueKind.valueOf(row[1]))));
        anchors.forEach(anchor -> builder.add(anchor, new HealthAnchor(anchor)));
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

    /** Advertising, research news or disease knowledge: never a reform event. */
    public boolean isNegative(ArticleDocument doc, Sentence sentence) {
        return hasCue(doc, sentence, CueKind.NEGATIVE);
    }

    private static boolean hasCue(ArticleDocument doc, Sentence sentence, CueKind kind) {
        for (Hit<ContextCue> cue : doc.hits(sentence, ContextCue.class)) { // a loop: asked for every sentence
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

    /** A health-sector word in the sentence or, failing that, in its paragraph. */
    public boolean hasHealthAnchor(ArticleDocument doc, Sentence sentence) {
        if (!doc.hits(sentence, HealthAnchor.class).isEmpty()) {
            return true;
        }
        for (Sentence other : doc.paragraphOf(sentence)) {
            if (!doc.hits(other, HealthAnchor.class).isEmpty()) {
                return true;
            }
        }
        return false;
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
