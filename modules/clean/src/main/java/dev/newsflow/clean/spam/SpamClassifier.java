package dev.newsflow.clean.spam;

import dev.newsflow.clean.lexicon.Lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether a line of (normalized, simplified) text is injected SEO spam, from the weighted spam lexicon
 * and the line's shape. Weights: 3 for terms that only spam uses (东京热, 百家乐, 办证), 1 for words that also
 * occur in real health news (免费, 成人, 视频, 彩票). A line is spam when
 * <ul>
 *   <li>it carries a spider-pool label (主站蜘蛛池模板), whatever else it holds; or</li>
 *   <li>it is a long {@code |}-separated list of place names with no sentence in it (a link farm footer), while a
 *       real sentence listing counties ({@code 漣源市、新化縣、雙峰縣共73家...}) has sentence punctuation and stays; or</li>
 *   <li>its weighted score reaches {@value #SCORE_ALONE}, or two distinct strong terms occur; or</li>
 *   <li>it is shaped like a keyword run and holds a strong term, or a score of {@value #SCORE_WITH_SHAPE}; or</li>
 *   <li>it is a short phrase without sentence punctuation holding a strong term and one more (东京热AV); or</li>
 *   <li>it is stuffed: a strong term, three or more hits, and spam terms covering 30% of the line.</li>
 * </ul>
 * A news sentence that names 色情 or 赌博 once (打击赌博、色情等违法犯罪) scores below these thresholds.
 */
public final class SpamClassifier {
    static final int STRONG = 3;
    static final int SCORE_ALONE = 7;
    static final int SCORE_WITH_SHAPE = 3;
    private static final String PLACE_SUFFIXES = "市县区旗州盟镇乡";
    static final int MAX_SCAN_CHARS = 20_000;
    /** Share of a line (in tenths) that spam terms must cover for a repeated strong term to make it spam. */
    static final int STUFFED_SHARE_TENTHS = 3;

    private final Lexicon lexicon;

    public SpamClassifier(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    private SpamClassifier() {
        this.lexicon = null;
    }

    /**
     * A classifier that calls nothing spam, for a page an operator released from quarantine: they have read
     * it and vouch that it is not spam, so no spam rule applies to it (boilerplate rules still do).
     */
    public static SpamClassifier waived() {
        return new SpamClassifier();
    }

    public SpamVerdict classify(String line) {
        if (lexicon == null) {
            return SpamVerdict.CLEAN;
        }
        // Spam runs are short; scanning a pathological megabyte line for every hit would only cost memory.
        List<Lexicon.Hit> hits = lexicon.find(line.length() > MAX_SCAN_CHARS ? line.substring(0, MAX_SCAN_CHARS) : line);
        if (hits.isEmpty()) {
            // Most lines: no term, score 0; only the place-list shape can still make them spam.
            return isPlaceListFarm(line) ? new SpamVerdict(true, "place-list: " + abbreviate(line), 0) : SpamVerdict.CLEAN;
        }
        Map<String, Lexicon.Hit> distinct = new LinkedHashMap<>();
        boolean[] covered = new boolean[Math.min(line.length(), MAX_SCAN_CHARS)];
        int coveredChars = 0;
        for (Lexicon.Hit h : hits) {
            distinct.putIfAbsent(h.term(), h);
            for (int k = h.start(); k < h.end() && k < covered.length; k++) {
                if (!covered[k]) {
                    covered[k] = true;
                    coveredChars++;
                }
            }
        }
        Lexicon.Hit strongest = null;
        int score = 0;
        int strong = 0;
        for (Lexicon.Hit h : distinct.values()) {
            if (h.section().flag("decisive")) {
                return new SpamVerdict(true, h.section().label() + ": " + h.term(), h.entry().weight());
            }
            score += h.entry().weight();
            if (h.entry().weight() >= STRONG) {
                strong++;
            }
            if (strongest == null || h.entry().weight() > strongest.entry().weight()) {
                strongest = h;
            }
        }
        if (isPlaceListFarm(line)) {
            return new SpamVerdict(true, "place-list: " + abbreviate(line), score);
        }
        if (strongest == null) {
            return SpamVerdict.CLEAN;
        }
        String evidence = strongest.section().label() + ": " + strongest.term();
        if (score >= SCORE_ALONE || strong >= 2) {
            return new SpamVerdict(true, evidence, score);
        }
        // Stuffing: the same strong term over and over, spam words covering much of the line.
        if (strong >= 1 && coveredChars * 10 >= covered.length * STUFFED_SHARE_TENTHS && hits.size() >= 3) {
            return new SpamVerdict(true, evidence + " (stuffed)", score);
        }
        if (LineShape.isKeywordRun(line, 3) && (strong >= 1 || score >= SCORE_WITH_SHAPE)) {
            return new SpamVerdict(true, evidence + " (keyword run)", score);
        }
        boolean shortPhrase = !LineShape.hasSentencePunctuation(line) && line.length() <= 40;
        if (shortPhrase && strong >= 1 && score >= STRONG + 1) {
            return new SpamVerdict(true, evidence + " (short phrase)", score);
        }
        return new SpamVerdict(false, null, score);
    }

    /**
     * A link-farm footer: at least 12 segments separated by {@code |} or spaces, most of them short place names
     * (ending in 市/县/区/旗/州/盟/镇/乡), and no sentence punctuation.
     */
    static boolean isPlaceListFarm(String line) {
        if (LineShape.separatorCount(line) < 11) {
            return false; // cannot hold 12 segments: skip the segmentation
        }
        if (LineShape.hasSentencePunctuation(line) || line.indexOf('、') >= 0) {
            return false;
        }
        List<String> segments = LineShape.segments(line.replace('|', ' '));
        if (segments.size() < 12) {
            return false;
        }
        int places = 0;
        for (String s : segments) {
            if (s.length() >= 2 && s.length() <= 8 && PLACE_SUFFIXES.indexOf(s.charAt(s.length() - 1)) >= 0) {
                places++;
            }
        }
        return places * 10 >= segments.size() * 6;
    }

    /** A line with its spam segments cut out, and what was cut. */
    public record Stripped(String text, List<Removed> removed) {
    }

    /** One cut segment and the rule that cut it. */
    public record Removed(String text, String rule) {
    }

    /**
     * Cuts spam segments out of a line that is not spam as a whole, such as a {@code <title>} with a keyword run
     * appended ({@code 县级医院改革方案_免费AV在线观看}). Segments are the parts between {@code , _ |} and
     * blanks; one is cut when, on its own, it is spam and holds a strong term.
     */
    public Stripped stripSpamSegments(String line) {
        if (lexicon == null) {
            return new Stripped(line, List.of());
        }
        List<Removed> removed = new java.util.ArrayList<>();
        StringBuilder kept = new StringBuilder(line.length());
        int i = 0;
        int n = line.length();
        while (i < n) {
            int j = i;
            while (j < n && !isSegmentSeparator(line.charAt(j))) {
                j++;
            }
            int k = j;
            while (k < n && isSegmentSeparator(line.charAt(k))) {
                k++;
            }
            String segment = line.substring(i, j);
            SpamVerdict v = segment.isBlank() ? SpamVerdict.CLEAN : classify(segment);
            if (v.spam() && hasStrongTerm(segment)) {
                removed.add(new Removed(segment, v.rule()));
            } else {
                kept.append(line, i, k);
            }
            i = k;
        }
        if (removed.isEmpty()) {
            return new Stripped(line, List.of());
        }
        String text = kept.toString().strip();
        while (!text.isEmpty() && isSegmentSeparator(text.charAt(text.length() - 1))) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return new Stripped(text, removed);
    }

    /**
     * Whether what is left of a line once its spam segments are cut still reads as spam: spam on its own, or
     * weak spam words worth {@value #SCORE_WITH_SHAPE} (keywords spliced into reform phrases without a separator,
     * {@code 成人免费视频在线观看家庭医生签约服务覆盖率}). A real sentence with a spam run appended keeps at most
     * a word or two of them ({@code 免费}).
     */
    public boolean remainderIsSpam(String rest) {
        SpamVerdict verdict = classify(rest);
        return verdict.spam() || verdict.score() >= SCORE_WITH_SHAPE;
    }

    private boolean hasStrongTerm(String segment) {
        for (Lexicon.Hit h : lexicon.find(segment)) {
            if (h.entry().weight() >= STRONG || h.section().flag("decisive")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSegmentSeparator(char c) {
        return c == ',' || c == '，' || c == '_' || c == '|' || c == '｜' || Character.isWhitespace(c) || c == '\u3000';
    }

    private static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }
}
