package dev.newsflow.extract.stage;

import static dev.newsflow.extract.text.Digits.isDigit;

import dev.newsflow.extract.text.ByCharIndex;
import dev.newsflow.extract.text.Digits;
import dev.newsflow.extract.text.ResourceTable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the deadline a sentence sets. A date (2025年底, 20xx年, 明年6月, 年底, “十四五”末) is a deadline only with
 * target wording around it (stage/deadline-cues.tsv): 到/至/力争 before it or 前 after it; 于/在 alone say when
 * something happened (于2024年3月印发) unless a goal is worded (将于…, 于2025年实现…). "截至2022年底" looks back,
 * 2025年1月起 is a start, a date before the publication date is a reported result, and the month of publication
 * counts only with forward wording. Relative dates are read against the publication year. Hand-written linear
 * scan over the 年 and 五 of the sentence (a regex with optional groups would do the same with more backtracking).
 */
public final class DeadlineParser {

    private static final String RESOURCE = "/dev/newsflow/extract/stage/deadline-cues.tsv";
    /** Nth five-year plan (N >= 3; the 1963-65 adjustment years shifted the count) ends in 1955 + 5N. */
    private static final int PLAN_BASE_YEAR = 1955;
    private static final int FIRST_REGULAR_PLAN = 3;
    private static final int GOAL_REACH = 20;
    private static final String CLAUSE_BREAKS = "，,；;。！？!?：:";
    private static final String OPEN_QUOTES = "“\"「‘'";
    private static final String CLOSE_QUOTES = "”\"」’'";
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    enum Kind { LEAD, FORWARD, WILL, AT, GOAL, CLOSING, LOOKBACK, PAST, START }

    record Cue(String word, Kind kind) {
    }

    /** How precise a date is: a month or day that contains the publication date needs forward wording. */
    private enum Precision { YEAR, MONTH, DAY }

    /** A date of the sentence at [start, end): its last day (null for 20xx年) and the first day it covers. */
    private record DateSpan(int start, int end, LocalDate date, LocalDate from, Precision precision) {
    }

    /** Cues by last char (found ending before a date) and by first char (after it), longest first. */
    private final ByCharIndex<Cue> byLastChar;
    private final ByCharIndex<Cue> byFirstChar;

    public DeadlineParser() {
        List<Cue> cues = new ArrayList<>();
        for (String[] row : ResourceTable.rows(RESOURCE, 2)) {
            cues.add(new Cue(row[0], Kind.valueOf(row[1].strip())));
        }
        cues.sort(Comparator.comparingInt((Cue cue) -> cue.word().length()).reversed());
        this.byLastChar = ByCharIndex.of(cues, cue -> cue.word().charAt(cue.word().length() - 1), Cue[]::new);
        this.byFirstChar = ByCharIndex.of(cues, cue -> cue.word().charAt(0), Cue[]::new);
    }

    /** The first deadline of the sentence with a known date, else the first template one (到20xx年). */
    public Optional<Deadline> find(String sentence, LocalDate published) {
        Deadline undated = null;
        int length = sentence.length();
        int scannedTo = 0;
        for (int i = 0; i < length; i++) {
            char c = sentence.charAt(i);
            if (c != '年' && c != '五') {
                continue;
            }
            DateSpan date = c == '年' ? yearDate(sentence, i, published) : planDate(sentence, i);
            if (date == null || date.start() < scannedTo) {
                continue;
            }
            scannedTo = date.end();
            Deadline deadline = deadline(sentence, date, published);
            if (deadline == null) {
                continue;
            }
            if (deadline.date() != null) {
                return Optional.of(deadline);
            }
            if (undated == null) {
                undated = deadline;
            }
        }
        return Optional.ofNullable(undated);
    }

    /** The date as a deadline when the wording around it sets one, else null. */
    private Deadline deadline(String sentence, DateSpan date, LocalDate published) {
        int start = date.start();
        boolean opened = false;
        boolean forward = false;
        boolean at = false;
        Cue before = cueEndingAt(sentence, start);
        if (before != null) {
            switch (before.kind()) {
                case LOOKBACK, PAST -> {
                    return null;
                }
                case LEAD -> opened = true;
                case FORWARD -> opened = forward = true;
                case AT -> at = true;
                default -> before = null;
            }
        }
        if (before != null) {
            start -= before.word().length();
            if (before.kind() == Kind.LEAD || before.kind() == Kind.AT) {
                Cue word = cueEndingAt(sentence, start);
                if (word != null) {
                    switch (word.kind()) {
                        case LOOKBACK, PAST -> {
                            return null;
                        }
                        case FORWARD, WILL -> {
                            opened = forward = true;
                            start -= word.word().length();
                        }
                        default -> { }
                    }
                }
            }
        }
        int end = date.end();
        if (cueStartingAt(sentence, end, Kind.START) != null) {
            return null; // 自2025年1月1日起施行: when it starts, not a goal's deadline
        }
        Cue after = cueStartingAt(sentence, end, Kind.CLOSING);
        int afterEnd = after == null ? end : end + after.word().length();
        if (after != null && afterEnd < sentence.length() && isCount(sentence.charAt(afterEnd))) {
            after = null; // 2024年前三季度, 2024年前10个月: the first months, not a deadline
        }
        if (after != null) {
            opened = forward = true;
            end += after.word().length();
        }
        if (at && !opened) {
            opened = hasGoalAfter(sentence, end);
        }
        if (!opened && sentence.charAt(date.end() - 1) == '内') {
            opened = forward = true; // 年内完成, 2025年内建成: within the year is a deadline by itself
        }
        if (!opened && cueStartingAt(sentence, end, Kind.WILL) != null) {
            opened = forward = true; // 2025年将建成: the year of what will be done
        }
        if (!opened && before == null && after == null && date.date() != null && published != null) {
            opened = forward = opensAGoal(sentence, date.start(), end, date.date().getYear() > published.getYear());
        }
        if (!opened) {
            return null;
        }
        if (date.date() != null && published != null) {
            if (date.date().isBefore(published)) {
                return null; // a reported result
            }
            boolean current = date.precision() != Precision.YEAR && !date.from().isAfter(published);
            if (current && !forward) {
                return null; // 至2024年3月，已… in a March 2024 article: as of now, not by then
            }
        }
        return new Deadline(date.date(), start, end);
    }

    /** A date whose 年 is at {@code y}: 2025年…, 20xx年…, 今年/明年/后年…, or a bare 年底/年末/年内. */
    private DateSpan yearDate(String sentence, int y, LocalDate published) {
        int length = sentence.length();
        int start;
        int year; // -1: template 20xx, 0: relative to an unknown publication year
        boolean bare = false;
        if (y >= 4 && isDigit(sentence.charAt(y - 4)) && Digits.value(sentence.charAt(y - 4)) == 2
                && isDigit(sentence.charAt(y - 3)) && Digits.value(sentence.charAt(y - 3)) == 0
                && (y < 5 || !isDigit(sentence.charAt(y - 5)))) {
            char c2 = sentence.charAt(y - 2);
            char c3 = sentence.charAt(y - 1);
            if (isDigit(c2) && isDigit(c3)) {
                year = 2000 + Digits.value(c2) * 10 + Digits.value(c3);
            } else if ((c2 == 'x' || c2 == 'X') && (c3 == 'x' || c3 == 'X')) {
                year = -1;
            } else {
                return null;
            }
            start = y - 4;
        } else if (y >= 1 && relativeYear(sentence.charAt(y - 1)) >= 0
                && (sentence.charAt(y - 1) != '后' || standsAlone(sentence, y - 1))) {
            start = y - 1;
            year = published == null ? 0 : published.getYear() + relativeYear(sentence.charAt(y - 1));
            if (y + 1 < length && sentence.charAt(y + 1) == '均') {
                return null; // 至今年均增长: 至今 + 年均
            }
        } else if (y + 1 < length && "底末内".indexOf(sentence.charAt(y + 1)) >= 0 && standsAlone(sentence, y)) {
            start = y;
            year = published == null ? 0 : published.getYear();
            bare = true;
        } else {
            return null;
        }

        int j = y + 1;
        int month = 12;
        int day = -1;
        Precision precision = Precision.YEAR;
        if (sentence.startsWith("年底", j) || sentence.startsWith("年末", j) || sentence.startsWith("年内", j)) {
            j += 2; // 今年年底, 2025年年底
        } else if (j < length && "底末内".indexOf(sentence.charAt(j)) >= 0) {
            j += 1;
        } else if (bare) {
            return null;
        } else if (sentence.startsWith("上半年", j)) {
            month = 6;
            j += 3;
        } else if (sentence.startsWith("下半年", j)) {
            j += 3;
        } else {
            int k = j;
            while (k < length && k - j < 2 && isDigit(sentence.charAt(k))) {
                k++;
            }
            if (k > j && k < length && sentence.charAt(k) == '月') {
                month = number(sentence, j, k);
                precision = Precision.MONTH;
                j = k + 1;
                int d = j;
                while (d < length && d - j < 2 && isDigit(sentence.charAt(d))) {
                    d++;
                }
                if (d > j && d < length && (sentence.charAt(d) == '日' || sentence.charAt(d) == '号')) {
                    day = number(sentence, j, d);
                    precision = Precision.DAY;
                    j = d + 1;
                } else if (j < length && (sentence.charAt(j) == '底' || sentence.charAt(j) == '末')) {
                    j += 1;
                }
            }
        }
        if (year <= 0 || month < 1 || month > 12) {
            return new DateSpan(start, j, null, null, precision);
        }
        YearMonth ym = YearMonth.of(year, month);
        if (precision == Precision.DAY && day >= 1 && day <= ym.lengthOfMonth()) {
            LocalDate date = ym.atDay(day);
            return new DateSpan(start, j, date, date, precision);
        }
        LocalDate from = precision == Precision.MONTH ? ym.atDay(1) : LocalDate.of(year, 1, 1);
        return new DateSpan(start, j, ym.atEndOfMonth(), from, precision == Precision.DAY ? Precision.MONTH : precision);
    }

    /**
     * A five-year plan period whose 五 is at {@code five}: “十四五”末, 十五五时期末 → the last day of its last year.
     * Quoted, or followed by 末/期末/时期, so that a number word (二十五个) is not read as a plan.
     */
    private DateSpan planDate(String sentence, int five) {
        int from = five;
        while (from > 0 && isChineseNumeral(sentence.charAt(from - 1))) {
            from--;
        }
        if (from == five || five + 1 < sentence.length() && isChineseNumeral(sentence.charAt(five + 1))) {
            return null;
        }
        int plan = chineseNumber(sentence, from, five);
        if (plan < FIRST_REGULAR_PLAN) {
            return null;
        }
        int start = from;
        int end = five + 1;
        boolean quoted = from > 0 && OPEN_QUOTES.indexOf(sentence.charAt(from - 1)) >= 0
                && end < sentence.length() && CLOSE_QUOTES.indexOf(sentence.charAt(end)) >= 0;
        if (quoted) {
            start--;
            end++;
        }
        boolean marked = false;
        for (String suffix : new String[] {"时期末", "期末", "末", "时期", "期间"}) {
            if (sentence.startsWith(suffix, end)) {
                end += suffix.length();
                marked = true;
                break;
            }
        }
        if (!quoted && !marked) {
            return null;
        }
        int last = PLAN_BASE_YEAR + 5 * plan;
        return new DateSpan(start, end, LocalDate.of(last, 12, 31), LocalDate.of(last - 4, 1, 1), Precision.YEAR);
    }

    /** 今/本 this year, 明 next year, 后 the year after (by the publication year); -1 for any other char. */
    private static int relativeYear(char c) {
        return switch (c) {
            case '今', '本' -> 0;
            case '明' -> 1;
            case '后' -> 2;
            default -> -1;
        };
    }

    /**
     * Whether the word at {@code at} starts a phrase of its own: at the start, after punctuation or after a
     * deadline cue (力争年底前), not inside a longer word (每年年底, 三年内, 此后年均).
     */
    private boolean standsAlone(String sentence, int at) {
        if (at == 0) {
            return true;
        }
        char c = sentence.charAt(at - 1);
        if (!Character.isLetterOrDigit(c)) {
            return true;
        }
        return cueEndingAt(sentence, at) != null;
    }

    private boolean hasGoalAfter(String sentence, int from) {
        for (int i = from; i < sentence.length() && i - from < GOAL_REACH; i++) {
            if (CLAUSE_BREAKS.indexOf(sentence.charAt(i)) >= 0) {
                return false;
            }
            if (cueStartingAt(sentence, i, Kind.GOAL) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * 今年，全市将建成智慧医院5家; 2025年，全市紧密型县域医共体建设实现全覆盖: a date opening the sentence, then future
     * wording in the clause it heads (the comma after the date aside). A later year also takes a goal verb (实现,
     * 完成); the current year only future wording, since 今年，全市实现… may report what is done so far. 已 first
     * means a result.
     */
    private boolean opensAGoal(String sentence, int dateStart, int from, boolean laterYear) {
        for (int k = 0; k < dateStart; k++) {
            if (!Character.isWhitespace(sentence.charAt(k))) {
                return false;
            }
        }
        int clause = from < sentence.length() && CLAUSE_BREAKS.indexOf(sentence.charAt(from)) >= 0 ? from + 1 : from;
        for (int k = clause; k < sentence.length() && k - clause < GOAL_REACH; k++) {
            if (CLAUSE_BREAKS.indexOf(sentence.charAt(k)) >= 0 || cueStartingAt(sentence, k, Kind.PAST) != null) {
                return false;
            }
            if (cueStartingAt(sentence, k, Kind.WILL) != null
                    || (laterYear && cueStartingAt(sentence, k, Kind.GOAL) != null)) {
                return true;
            }
        }
        return false;
    }

    private Cue cueEndingAt(String sentence, int end) {
        if (end <= 0) {
            return null;
        }
        for (Cue cue : byLastChar.get(sentence.charAt(end - 1))) {
            String word = cue.word();
            if (end >= word.length() && sentence.startsWith(word, end - word.length())) {
                return cue;
            }
        }
        return null;
    }

    private Cue cueStartingAt(String sentence, int at, Kind kind) {
        if (at >= sentence.length()) {
            return null;
        }
        for (Cue cue : byFirstChar.get(sentence.charAt(at))) {
            if (cue.kind() == kind && sentence.startsWith(cue.word(), at)) {
                return cue;
            }
        }
        return null;
    }

    /** 1 to 99 written 三, 十四, 二十 or 二十一; -1 when the text is not such a number. */
    private static int chineseNumber(String text, int from, int to) {
        int tens = 0;
        int units = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '十') {
                if (tens > 0) {
                    return -1;
                }
                tens = units < 0 ? 1 : units;
                units = -1;
            } else {
                if (units >= 0) {
                    return -1;
                }
                units = CHINESE_DIGITS.indexOf(c);
            }
        }
        return tens * 10 + Math.max(units, 0);
    }

    private static boolean isCount(char c) {
        return isDigit(c) || isChineseNumeral(c) || c == '两' || c == '半';
    }

    private static boolean isChineseNumeral(char c) {
        return c == '十' || CHINESE_DIGITS.indexOf(c) > 0;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + Digits.value(text.charAt(i));
        }
        return value;
    }
}
