package dev.newsflow.extract.indicator;

import static dev.newsflow.extract.text.Digits.isDigit;

import dev.newsflow.extract.Indicator;
import dev.newsflow.script.FullWidthForms;
import dev.newsflow.script.HanScript;
import dev.newsflow.extract.text.ByCharIndex;
import dev.newsflow.extract.text.Digits;
import dev.newsflow.extract.text.ResourceTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the figures a sentence states: counts, money (1.74亿元, 2.2万元/床/年), percentages and changes
 * (同比增长18.3%, 降幅51%, 由35提升至43), each with the metric worded before it. One linear scan per sentence;
 * the number grammar is small enough that a hand scan is clearer (and cheaper) than a regex.
 * Years, dates, ordinals (第五批), ratios (1∶2), phone numbers and codes are not figures.
 */
public final class IndicatorExtractor {

    private static final String BASE = "/dev/newsflow/extract/indicator/";
    private static final String FILLERS = "了约近超过逾";
    /** Signs of a figure right after a cue (增长-2.1%): the minus signs first, then the plus signs. */
    private static final String SIGNS = "-−－+＋";
    private static final int MINUS_SIGNS = 3;
    private static final String CLAUSE_BREAKS = "，,、；;：:（()）。！？!?“”\"";
    /** Ordinals (第五批), codes and phone numbers (0516-85707122, 5G), ratios (1:1), dates (10/12), ASCII or full-width. */
    private static final String NOT_A_FIGURE_BEFORE = "第-—/+:∶.－＋／：．";
    private static final String NOT_A_FIGURE_AFTER = "年月日号期届批篇级岁楼层版+-:∶/＋－：／";
    private static final String[] METRIC_PREFIXES = {"全市", "全省", "全县", "全区", "全国", "其中", "共计", "共", "累计",
            "使", "全年", "目前", "已", "截至目前", "并", "年", "左右", "以上"};
    private static final String[] METRIC_SUFFIXES = {"同比", "平均", "较上年", "比上年", "较前", "分别", "达到", "达", "为",
            "约", "共", "累计", "的", "了", "已", "有", "和", "及", "与", "等"};
    private static final int MAX_METRIC_CHARS = 16;
    private static final int RANGE_REACH = 6;
    /** Measure words: "15个基层医疗机构" names its metric after the figure when a noun follows. */
    private static final java.util.Set<String> COUNTERS = java.util.Set.of("个", "名", "家", "项", "种", "类", "所",
            "台", "台次", "张", "例", "人", "人次", "位", "户", "份", "床", "次", "支", "辆");
    private static final String CONJUNCTIONS = "和及与";
    /** What follows these is the thing measured: 将X提高到, 把X提升至, 医院的X. */
    private static final char[] OBJECT_MARKERS = {'将', '把', '的'};

    private final List<String> units;
    private final List<String> cues;
    private final Map<String, String> cueSigns;
    private final ByCharIndex<String> cuesByFirstChar;
    /**
     * Cues by last char and units by first char, each longest first like {@link #cues} and {@link #units}:
     * a cue ending at a position must end with that position's char, so the first match is the same, found
     * without trying every cue at every figure.
     */
    private final ByCharIndex<String> cuesByLastChar;
    private final ByCharIndex<String> unitsByFirstChar;

    private IndicatorExtractor(List<String> units, Map<String, String> cueSigns) {
        this.units = units.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.cueSigns = cueSigns;
        this.cues = cueSigns.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.cuesByFirstChar = ByCharIndex.of(cues, cue -> cue.charAt(0), String[]::new);
        this.cuesByLastChar = ByCharIndex.of(cues, cue -> cue.charAt(cue.length() - 1), String[]::new);
        this.unitsByFirstChar = ByCharIndex.of(this.units, unit -> unit.charAt(0), String[]::new);
    }

    public static IndicatorExtractor withDefaults() {
        Map<String, String> signs = new HashMap<>();
        for (String[] row : ResourceTable.rows(BASE + "change-cues.tsv", 2)) {
            signs.put(row[0], row[1]);
        }
        return new IndicatorExtractor(ResourceTable.terms(BASE + "units.txt"), Map.copyOf(signs));
    }

    public List<Indicator> extract(String sentence) {
        return extract(sentence, Integer.MAX_VALUE, true);
    }

    /** Whether the sentence states at least one figure (cheaper than reading them: no metric wording). */
    public boolean hasFigures(String sentence) {
        return !extract(sentence, 1, false).isEmpty();
    }

    /**
     * {@link #hasFigures(String)} of text[from, to). Every figure has a digit (ASCII or full-width), and most
     * sentences have none: those are answered without copying the sentence out of the text.
     */
    public boolean hasFigures(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isDigit(text.charAt(i))) {
                return hasFigures(text.substring(from, to));
            }
        }
        return false;
    }

    private List<Indicator> extract(String sentence, int limit, boolean withMetrics) {
        List<Indicator> indicators = new ArrayList<>();
        int length = sentence.length();
        int metricFrom = 0;
        Double rangeFrom = null; // 由A提升至B: A waits for B
        String rangeUnit = null;
        int rangeMetricEnd = 0;
        for (int i = 0; i < length; i++) {
            char c = sentence.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                continue; // a CJK ideograph: neither a clause break nor a digit, and most of any sentence
            }
            if (CLAUSE_BREAKS.indexOf(c) >= 0) {
                metricFrom = i + 1;
                rangeFrom = null;
                continue;
            }
            if (!isDigit(c) || (i > 0 && isNumberPart(sentence.charAt(i - 1)))) {
                continue;
            }
            int end = numberEnd(sentence, i);
            int numberStart = i;
            i = end - 1;
            // 同比增长-2.1%: a sign right after a change or level cue belongs to the figure
            int figureStart = numberStart;
            if (numberStart > metricFrom && SIGNS.indexOf(sentence.charAt(numberStart - 1)) >= 0
                    && cueEndingAt(sentence, withoutFillers(sentence, numberStart - 1, metricFrom), metricFrom) != null) {
                figureStart = numberStart - 1;
            }
            if (!isFigureContext(sentence, figureStart, end)) {
                continue;
            }
            double value = parseNumber(sentence, numberStart, end);
            if (figureStart < numberStart && SIGNS.indexOf(sentence.charAt(figureStart)) < MINUS_SIGNS) {
                value = -value;
            }
            int unitStart = end;
            while (unitStart < length && (sentence.charAt(unitStart) == '余' || sentence.charAt(unitStart) == '多')) {
                unitStart++;
            }
            String multiplier = "";
            if (unitStart < length && (sentence.charAt(unitStart) == '万' || sentence.charAt(unitStart) == '亿')) {
                multiplier = String.valueOf(sentence.charAt(unitStart));
                unitStart++;
                while (unitStart < length && (sentence.charAt(unitStart) == '余' || sentence.charAt(unitStart) == '多')) {
                    unitStart++;
                }
            }
            String unit = unitAt(sentence, unitStart);
            int figureEnd = unitStart + (unit == null ? 0 : unit.length());
            String fullUnit = multiplier + (unit == null ? "" : unit);

            int cueEnd = withoutFillers(sentence, figureStart, metricFrom);
            String cue = cueEndingAt(sentence, cueEnd, metricFrom);
            int metricEnd = cue == null ? cueEnd : cueEnd - cue.length();
            boolean opensRange = opensRange(sentence, metricFrom, figureStart, figureEnd);
            if (opensRange) {
                rangeFrom = value;
                rangeUnit = fullUnit;
                rangeMetricEnd = rangeMarker(sentence, metricFrom, figureStart);
                continue; // the start of 由A...至B is stated by the change that follows
            }
            if (fullUnit.isEmpty() && cue == null) {
                continue; // a bare number without unit or cue is an id, a count word, or noise
            }
            if (!withMetrics) {
                indicators.add(new Indicator("", value, fullUnit, cue != null && !"LEVEL".equals(cueSigns.get(cue))));
                break;
            }
            String before = sentence.substring(metricFrom, Math.max(metricFrom, metricEnd)).strip();
            String metric = metric(sentence, metricFrom, Math.max(metricFrom, metricEnd));
            boolean newItem = !before.isEmpty() && CONJUNCTIONS.indexOf(before.charAt(before.length() - 1)) >= 0;
            if (metric.isEmpty() || newItem || isFiller(metric)
                    || (cue == null && unit != null && multiplier.isEmpty() && COUNTERS.contains(unit))) {
                String after = metricAfter(sentence, figureEnd);
                if (after.length() >= 2 || metric.isEmpty() || newItem || isFiller(metric)) {
                    metric = after;
                }
            }
            if (metric.isEmpty() && !indicators.isEmpty()) {
                metric = indicators.get(indicators.size() - 1).metric(); // 工资总额达到23.7亿元，较上年增长8.2%
            }
            String sign = cue == null ? null : cueSigns.get(cue);
            if ("LEVEL".equals(sign) && rangeFrom != null) {
                metric = metric(sentence, metricFrom, Math.max(metricFrom, rangeMetricEnd));
                String unitOfLevel = fullUnit.isEmpty() ? rangeUnit : fullUnit;
                indicators.add(new Indicator(metric, value, unitOfLevel, false));
                String changeUnit = "%".equals(unitOfLevel) ? "个百分点" : unitOfLevel;
                Double from = inUnitOf(rangeFrom, rangeUnit, unitOfLevel);
                if (from != null) { // 由35%提升至4人: no change can be stated across units
                    indicators.add(new Indicator(metric, round(value - from), changeUnit, true));
                }
                rangeFrom = null;
            } else if (sign != null && !"LEVEL".equals(sign)) {
                // 下降-2.1% repeats the sign (a fall of 2.1), 增长-2.1% is a fall of 2.1
                indicators.add(new Indicator(metric, "-".equals(sign) ? -Math.abs(value) : value, fullUnit, true));
            } else {
                indicators.add(new Indicator(metric, value, fullUnit, false));
            }
            metricFrom = figureEnd;
            i = Math.max(i, figureEnd - 1);
            if (indicators.size() >= limit) {
                break;
            }
        }
        return indicators;
    }

    /**
     * {@code value} in {@code fromUnit} expressed in {@code toUnit} when the two differ only by 万/亿 (由1.3万元降至700元:
     * 13000 元), else null. An empty unit is taken to be the other one (由35提升至43名).
     */
    private static Double inUnitOf(double value, String fromUnit, String toUnit) {
        if (fromUnit.isEmpty() || toUnit.isEmpty() || fromUnit.equals(toUnit)) {
            return value;
        }
        String fromBase = withoutMultiplier(fromUnit);
        if (!fromBase.equals(withoutMultiplier(toUnit))) {
            return null;
        }
        return value * multiplier(fromUnit) / multiplier(toUnit);
    }

    private static String withoutMultiplier(String unit) {
        return unit.startsWith("万") || unit.startsWith("亿") ? unit.substring(1) : unit;
    }

    private static double multiplier(String unit) {
        return unit.startsWith("亿") ? 1e8 : unit.startsWith("万") ? 1e4 : 1;
    }

    /**
     * End of the number starting at {@code start}: digits (ASCII or full-width), one decimal point (. or ．) and
     * thousands separators (1,234 or 1，234: a comma between digit groups of three, the first of one to three).
     */
    private static int numberEnd(String sentence, int start) {
        int length = sentence.length();
        int end = start;
        while (end < length && isDigit(sentence.charAt(end))) {
            end++;
        }
        if (end - start <= 3) {
            int grouped = end;
            while (grouped + 3 < length && isThousandsSeparator(sentence.charAt(grouped))
                    && isDigit(sentence.charAt(grouped + 1)) && isDigit(sentence.charAt(grouped + 2))
                    && isDigit(sentence.charAt(grouped + 3))
                    && (grouped + 4 == length || !isDigit(sentence.charAt(grouped + 4)))) {
                grouped += 4;
            }
            end = grouped;
        }
        if (end + 1 < length && isDecimalPoint(sentence.charAt(end)) && isDigit(sentence.charAt(end + 1))) {
            end++;
            while (end < length && isDigit(sentence.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    /** The value of the number at [start, end) read by {@link #numberEnd}, without rewriting the text. */
    private static double parseNumber(String sentence, int start, int end) {
        StringBuilder ascii = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = sentence.charAt(i);
            if (isDigit(c)) {
                ascii.append((char) ('0' + Digits.value(c)));
            } else if (isDecimalPoint(c)) {
                ascii.append('.');
            } // thousands separators are skipped
        }
        return Double.parseDouble(ascii.toString());
    }

    /** Start of the fillers (了, 约, 超过...) that end at {@code end}, not before {@code notBefore}. */
    private static int withoutFillers(String sentence, int end, int notBefore) {
        int at = end;
        while (at > notBefore && FILLERS.indexOf(sentence.charAt(at - 1)) >= 0) {
            at--;
        }
        return at;
    }

    /** 由A提升至B, 由首期的600张增至1000张: a 由/从 shortly before A and a level cue right after its figure. */
    private boolean opensRange(String sentence, int clauseStart, int numberStart, int figureEnd) {
        if (rangeMarker(sentence, clauseStart, numberStart) < 0) {
            return false;
        }
        int at = figureEnd;
        while (at < sentence.length() && FILLERS.indexOf(sentence.charAt(at)) >= 0) {
            at++;
        }
        for (String cue : cues) {
            if ("LEVEL".equals(cueSigns.get(cue)) && cue.length() > 1 && sentence.startsWith(cue, at)) {
                return true;
            }
        }
        return false;
    }

    /** Offset of the 由/从 that opens a range ending at {@code numberStart}, or -1. */
    private static int rangeMarker(String sentence, int clauseStart, int numberStart) {
        for (int i = numberStart - 1; i >= Math.max(clauseStart, numberStart - RANGE_REACH); i--) {
            char c = sentence.charAt(i);
            if (c == '由' || c == '从') {
                return i;
            }
            if (isDigit(c)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isFigureContext(String sentence, int start, int end) {
        if (start > 0) {
            char before = sentence.charAt(start - 1);
            if (NOT_A_FIGURE_BEFORE.indexOf(before) >= 0 || isAsciiLetter(before)) {
                return false;
            }
        }
        if (end < sentence.length()) {
            char after = sentence.charAt(end);
            if (NOT_A_FIGURE_AFTER.indexOf(after) >= 0 || isAsciiLetter(after)) {
                return false;
            }
        }
        return true;
    }

    private String unitAt(String sentence, int at) {
        if (at >= sentence.length()) {
            return null;
        }
        for (String unit : unitsByFirstChar.get(FullWidthForms.toAscii(sentence.charAt(at)))) {
            if (startsWithFolded(sentence, at, unit)) {
                return unit;
            }
        }
        return null;
    }

    /** Whether {@code unit} (as listed, ASCII) is at {@code at}, written in ASCII or full-width (１８％, ５万元／人). */
    private static boolean startsWithFolded(String sentence, int at, String unit) {
        if (at + unit.length() > sentence.length()) {
            return false;
        }
        for (int k = 0; k < unit.length(); k++) {
            if (FullWidthForms.toAscii(sentence.charAt(at + k)) != unit.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private String cueEndingAt(String sentence, int end, int notBefore) {
        if (end <= 0) {
            return null;
        }
        for (String cue : cuesByLastChar.get(sentence.charAt(end - 1))) {
            if (end - cue.length() >= notBefore && endsWith(sentence, end, cue)) {
                return cue;
            }
        }
        return null;
    }

    /** The words before a figure in its clause, without fillers around them (门诊量, 中选药品). */
    private String metric(String sentence, int from, int to) {
        String metric = sentence.substring(from, to).strip();
        for (char marker : OBJECT_MARKERS) { // 使门诊量..., 将床位补贴提高到..., 医院的门诊量
            int at = metric.lastIndexOf(marker);
            if (at >= 0 && at < metric.length() - 1) {
                metric = metric.substring(at + 1);
            }
        }
        boolean changed = true;
        while (changed && !metric.isEmpty()) {
            changed = false;
            int digits = 0;
            while (digits < metric.length() && isDigit(metric.charAt(digits))) {
                digits++;
            }
            if (digits > 0 && digits < metric.length() && "年月日".indexOf(metric.charAt(digits)) >= 0) {
                metric = metric.substring(digits + 1); // 2023年累计执行... -> 累计执行...
                changed = true;
            }
            for (String prefix : METRIC_PREFIXES) {
                if (metric.startsWith(prefix) && metric.length() > prefix.length()) {
                    metric = metric.substring(prefix.length());
                    changed = true;
                }
            }
            for (String suffix : METRIC_SUFFIXES) {
                if (metric.endsWith(suffix)) {
                    metric = metric.substring(0, metric.length() - suffix.length());
                    changed = true;
                }
            }
            String cue = cueEndingAt(metric, metric.length(), 0);
            if (cue != null && cue.length() < metric.length()) {
                metric = metric.substring(0, metric.length() - cue.length());
                changed = true;
            }
        }
        return metric.length() > MAX_METRIC_CHARS ? metric.substring(metric.length() - MAX_METRIC_CHARS) : metric;
    }

    /** 470种中选药品: when nothing precedes the figure, what follows it names the metric. */
    private String metricAfter(String sentence, int from) {
        int to = from;
        while (to < sentence.length() && to - from < MAX_METRIC_CHARS
                && HanScript.isHan(sentence.charAt(to))
                && cueStartingAt(sentence, to) == null) {
            to++;
        }
        return metric(sentence, from, to);
    }

    private String cueStartingAt(String sentence, int at) {
        for (String cue : cuesByFirstChar.get(sentence.charAt(at))) {
            if (cue.length() > 1 && sentence.startsWith(cue, at)) {
                return cue;
            }
        }
        if (sentence.startsWith("平均", at) || sentence.startsWith("同比", at)) {
            return "平均";
        }
        return null;
    }

    private static boolean isFiller(String metric) {
        for (String prefix : METRIC_PREFIXES) {
            if (prefix.equals(metric)) {
                return true;
            }
        }
        return false;
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    private static boolean endsWith(String text, int end, String word) {
        return end >= word.length() && text.startsWith(word, end - word.length());
    }

    private static boolean isDecimalPoint(char c) {
        return c == '.' || c == '．';
    }

    private static boolean isThousandsSeparator(char c) {
        return c == ',' || c == '，';
    }

    private static boolean isNumberPart(char c) {
        return isDigit(c) || isDecimalPoint(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
