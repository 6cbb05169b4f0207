package dev.newsflow.clean.boilerplate;

import dev.newsflow.clean.lexicon.Lexicon;
import dev.newsflow.clean.spam.LineShape;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides whether a line (normalized, simplified) is site chrome, from the boilerplate lexicon's markers and
 * their section attributes (see the lexicon file header), plus two shapes no word list covers: a breadcrumb
 * trail ({@code 首页 > 新闻 > 正文}: two or more {@code >}/{@code »} in a short line) and a pagination bar
 * ({@code [1] [2] 下一页}, {@code 1 2 3 … 10}). Article text is protected twice: markers only count on lines
 * within their section's length limit, and written prose (a long line ending in a full stop) is never chrome.
 */
public final class BoilerplateClassifier {
    private static final Pattern PAGINATION = Pattern.compile("^[\\s\\d\\[\\]【】<>«»…|.第共页上下首尾末]+$");

    private final Lexicon lexicon;
    private final int longestChromeLine;
    /** Each section's rules, read from its attributes once rather than for every hit. */
    private final Map<Lexicon.Section, SectionRules> rules = new IdentityHashMap<>();

    /** What a section's attributes say (see the lexicon file header). */
    private record SectionRules(String label, int maxChars, boolean headerOnly, boolean opensLine, boolean atEdge,
                                int minDigits, boolean startsTail) {
        static SectionRules of(Lexicon.Section section) {
            return new SectionRules(section.label(), section.intAttribute("maxChars", 40), section.flag("header"),
                    section.flag("start"), section.flag("edge"), section.intAttribute("minDigits", 0), section.flag("tail"));
        }
    }

    public BoilerplateClassifier(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (Lexicon.Section section : lexicon.sections().values()) {
            rules.put(section, SectionRules.of(section));
        }
        this.longestChromeLine = rules.values().stream().mapToInt(SectionRules::maxChars).max().orElse(0);
    }

    /**
     * @param line     the normalized line
     * @param inHeader the line lies between the headline and the article body (date, source and author lines)
     */
    public BoilerplateVerdict classify(String line, boolean inHeader) {
        String trimmed = line.strip();
        int length = trimmed.length();
        if (length > Math.max(longestChromeLine, 80) || isProse(trimmed)) {
            return BoilerplateVerdict.CONTENT;
        }
        for (Lexicon.Hit hit : lexicon.find(trimmed)) {
            SectionRules section = rules.get(hit.section());
            if (section == null) {
                section = SectionRules.of(hit.section()); // a section shadowed by a later one of the same name
            }
            if (length > section.maxChars()) {
                continue;
            }
            if (section.headerOnly() && !inHeader) {
                continue;
            }
            if (section.opensLine() && !opensLine(trimmed, hit.start())) {
                continue;
            }
            if (section.atEdge() && !opensLine(trimmed, hit.start()) && !closesLine(trimmed, hit.end())) {
                continue;
            }
            if (digits(trimmed) < section.minDigits()) {
                continue;
            }
            return new BoilerplateVerdict(true, section.label() + ": " + hit.term(), section.startsTail());
        }
        if (length <= 80 && trailSeparators(trimmed) >= 2 && !LineShape.hasSentencePunctuation(trimmed)) {
            return new BoilerplateVerdict(true, "breadcrumb: a > b > c", false);
        }
        if (length <= 60) {
            int digits = digits(trimmed);
            if (digits > 0 && digits < length && PAGINATION.matcher(trimmed).matches()) {
                return new BoilerplateVerdict(true, "pagination: page numbers", false);
            }
        }
        return BoilerplateVerdict.CONTENT;
    }

    /** Written sentences: at least 40 characters ending in a full stop, or several sentences. Chrome never is. */
    private static boolean isProse(String line) {
        if (line.length() < 40) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last == '。' || last == '！' || last == '？' || line.indexOf('。') != line.lastIndexOf('。');
    }

    private static boolean closesLine(String line, int hitEnd) {
        String rest = line.substring(hitEnd).replace("更多", "");
        for (int i = 0; i < rest.length(); i++) {
            if (!(Character.isWhitespace(rest.charAt(i)) || ":：>»›】]）)".indexOf(rest.charAt(i)) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Breadcrumb separators {@code > » › → ＞}; each one is a step of the trail (blanks around them do not matter). */
    private static int trailSeparators(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>' || c == '»' || c == '›' || c == '→' || c == '＞') {
                n++;
            }
        }
        return n;
    }

    private static int digits(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean opensLine(String line, int hitStart) {
        for (int i = 0; i < hitStart; i++) {
            char c = line.charAt(i);
            if (!(Character.isWhitespace(c) || "[【(（●·•-—".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
