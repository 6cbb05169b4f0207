package dev.newsflow.extract.stage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Finds the deadline a sentence sets: a year (2025年, or the template 20xx年), optionally a month or 年底/上半年,
 * that is introduced by 到/至/于/力争到 or closed by 前/以前/之前. "截至2022年底" looks back and is no deadline,
 * nor is a date before the publication date. Hand-written linear scan (a regex with optional groups would do
 * the same with more backtracking on long sentences).
 */
public final class DeadlineParser {

    private static final String[] LEAD_CUES = {"力争到", "争取到", "力争在", "到", "至", "于"};
    private static final String[] CLOSING_CUES = {"以前", "之前", "前"};

    /** The first deadline of the sentence with a known date, else the first template one (到20xx年). */
    public Optional<Deadline> find(String sentence, LocalDate published) {
        Deadline undated = null;
        int from = 0;
        while (true) {
            Optional<Deadline> next = findFrom(sentence, published, from);
            if (next.isEmpty()) {
                return Optional.ofNullable(undated);
            }
            if (next.get().date() != null) {
                return next;
            }
            if (undated == null) {
                undated = next.get();
            }
            from = next.get().end();
        }
    }

    private Optional<Deadline> findFrom(String sentence, LocalDate published, int from) {
        int length = sentence.length();
        for (int i = from; i + 4 < length; i++) {
            if (sentence.charAt(i) != '2' || sentence.charAt(i + 1) != '0' || sentence.charAt(i + 4) != '年') {
                continue;
            }
            char c2 = sentence.charAt(i + 2);
            char c3 = sentence.charAt(i + 3);
            boolean digits = isDigit(c2) && isDigit(c3);
            boolean template = (c2 == 'x' || c2 == 'X') && (c3 == 'x' || c3 == 'X');
            if (!digits && !template || (i > 0 && isDigit(sentence.charAt(i - 1)))) {
                continue;
            }
            int year = digits ? 2000 + (c2 - '0') * 10 + (c3 - '0') : -1;
            int j = i + 5;
            int month = 12;
            int day = -1;
            if (sentence.startsWith("上半年", j)) {
                month = 6;
                j += 3;
            } else if (sentence.startsWith("底", j) || sentence.startsWith("末", j)) {
                j += 1;
            } else if (sentence.startsWith("年底", j - 1)) {
                j += 1;
            } else {
                int k = j;
                while (k < length && k - j < 2 && isDigit(sentence.charAt(k))) {
                    k++;
                }
                if (k > j && k < length && sentence.charAt(k) == '月') {
                    month = Integer.parseInt(sentence.substring(j, k));
                    j = k + 1;
                    int d = j;
                    while (d < length && d - j < 2 && isDigit(sentence.charAt(d))) {
                        d++;
                    }
                    if (d > j && d < length && sentence.charAt(d) == '日') {
                        day = Integer.parseInt(sentence.substring(j, d));
                        j = d + 1;
                    } else if (sentence.startsWith("底", j) || sentence.startsWith("末", j)) {
                        j += 1;
                    }
                }
            }
            boolean closing = false;
            for (String cue : CLOSING_CUES) {
                if (sentence.startsWith(cue, j)) {
                    closing = true;
                    j += cue.length();
                    break;
                }
            }
            int start = i;
            boolean lead = false;
            if (!endsWith(sentence, i, "截至")) {
                for (String cue : LEAD_CUES) {
                    if (endsWith(sentence, i, cue)) {
                        lead = true;
                        start = i - cue.length();
                        break;
                    }
                }
            }
            if (!lead && !closing) {
                continue;
            }
            LocalDate date = null;
            if (year > 0 && month >= 1 && month <= 12) {
                YearMonth ym = YearMonth.of(year, month);
                date = day >= 1 && day <= ym.lengthOfMonth() ? ym.atDay(day) : ym.atEndOfMonth();
            }
            if (date != null && published != null && date.isBefore(published)) {
                continue;
            }
            return Optional.of(new Deadline(date, start, j));
        }
        return Optional.empty();
    }

    private static boolean endsWith(String text, int end, String word) {
        return end >= word.length() && text.startsWith(word, end - word.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
