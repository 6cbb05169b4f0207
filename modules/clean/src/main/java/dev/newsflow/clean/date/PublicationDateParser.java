package dev.newsflow.clean.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article's own publication date in the forms Chinese sites print it: {@code 发布时间:2023-12-23 10:17},
 * {@code 2023/12/23}, {@code 2023年12月23日}, {@code 日期:…}, {@code 时间:2023-06-23 16:30:49}, {@code 2023.6.23}.
 *
 * <p>Only date lines count, never dates mentioned in sentences: a date line is short and either labelled, or
 * opens with the date followed by source/author metadata. Preference, best first: a {@code <meta>} date;
 * a publish label (发布/发表/发文/更新) anywhere; a generic label (时间/日期) in the header; an unlabelled date
 * line in the header. Labels about something else ({@code 来源时间}, {@code 截止日期}, {@code 会议时间}) are
 * ignored. Years outside 1990–2100 are not dates. Expects simplified text.
 */
public final class PublicationDateParser {
    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?");
    private static final Pattern ISO_PREFIX = Pattern.compile("^\\s*((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
    private static final Pattern PUBLISH_LABEL = Pattern.compile("(发布|发表|发文|更新|上传|刊发|公开)(时间|日期|于)?");
    private static final Pattern GENERIC_LABEL = Pattern.compile("(时间|日期|date|Date|DATE)");
    /** Labels of other dates; 原发布时间 is a reprint's note on the original's date, not this page's. */
    private static final Pattern OTHER_LABEL = Pattern.compile("(来源|截止|报名|会议|活动|开始|结束|举办|有效期|出生|成立)(时间|日期)?|原文?(发布|发表|刊发)");
    /**
     * A date stamp opening a line, as sites print under the headline: the date, optionally a clock time, then
     * the end of the line or a blank before the next field; the generic label may come first
     * ({@code 时间：2024年11月18日　来源：…}). A sentence that opens with its date goes on with punctuation or
     * words ({@code 2023年2月28日，国务院…}, {@code 2023年2月28日国务院…}).
     */
    private static final Pattern DATE_STAMP = Pattern.compile(
            "^[\\s\\[【(（]*(?:(?:时间|日期)\\s*[:：]\\s*)?" + DATE.pattern()
                    + "(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?[\\]】)）]?(?:$|[\\s\u3000|｜])");
    private static final int MAX_DATE_LINE_CHARS = 120;
    private static final int MAX_LABEL_GAP = 8;

    /** One line the date may be on. */
    public record Line(String text, boolean inHeader) {
    }

    public Optional<LocalDate> find(List<String> metaDates, List<Line> lines) {
        for (String meta : metaDates) {
            Matcher m = ISO_PREFIX.matcher(meta);
            Optional<LocalDate> d = m.find() ? toDate(m.group(1), m.group(2), m.group(3)) : Optional.empty();
            if (d.isEmpty()) {
                d = firstDate(meta);
            }
            if (d.isPresent()) {
                return d;
            }
        }
        LocalDate generic = null;
        LocalDate unlabelled = null;
        for (Line line : lines) {
            String text = line.text();
            if (text.length() > MAX_DATE_LINE_CHARS || !hasYear(text)) {
                continue;
            }
            Matcher m = DATE.matcher(text);
            while (m.find()) {
                Optional<LocalDate> date = toDate(m.group(1), m.group(2), m.group(3));
                if (date.isEmpty()) {
                    continue;
                }
                String before = text.substring(Math.max(0, m.start() - MAX_LABEL_GAP), m.start());
                if (OTHER_LABEL.matcher(before).find()) {
                    continue;
                }
                if (PUBLISH_LABEL.matcher(before).find()) {
                    return date;
                }
                if (!line.inHeader()) {
                    continue;
                }
                if (GENERIC_LABEL.matcher(before).find()) {
                    generic = generic == null ? date.get() : generic;
                } else if (text.substring(0, m.start()).isBlank()) {
                    unlabelled = unlabelled == null ? date.get() : unlabelled;
                }
            }
        }
        return Optional.ofNullable(generic != null ? generic : unlabelled);
    }

    /**
     * Whether {@code line} opens with a date stamp ({@code 2022-11-15 08:40:12　来源：…}): a header's date line,
     * whatever fields follow it, never a sentence of the article (so it holds no full stop).
     */
    public boolean opensWithDateStamp(String line) {
        return line.length() <= MAX_DATE_LINE_CHARS && line.indexOf('。') < 0 && hasYear(line)
                && DATE_STAMP.matcher(line).find();
    }

    /** The first well-formed date anywhere in {@code text} (used for {@code <meta>} values). */
    public Optional<LocalDate> firstDate(String text) {
        if (!hasYear(text)) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = toDate(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} holds a year as {@link #DATE} starts: 19 or 20 and two more ASCII digits ({@code \d} is
     * [0-9]). Most lines have none, and then the expressions need not run.
     */
    private static boolean hasYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == '1' && next == '9' || c == '2' && next == '0')
                    && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<LocalDate> toDate(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1990 || year > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
