package dev.newsflow.sink.query;

import java.time.LocalDate;

/**
 * Which events the dashboard's feed shows. Every criterion is optional (null or blank means "any"); the ones
 * given must all hold.
 *
 * @param category taxonomy code, e.g. {@code MEDICAL_CONSORTIUM}
 * @param province a province: its six-digit adcode (any code inside it works too: 620900 means 甘肃省's
 *                 620000; 000000 means national events), or its name as printed, e.g. {@code 甘肃省}
 * @param stage stage name, e.g. {@code PILOT}
 * @param from first event date included
 * @param to last event date included
 * @param text words or phrases the event's article (title or text) must contain, separated by spaces; each
 *             is matched as an exact substring, case-insensitively for Latin letters
 */
public record EventFilter(String category, String province, String stage, LocalDate from, LocalDate to, String text) {

    /** No criterion: every event. */
    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, null);
    }

    public EventFilter withCategory(String value) {
        return new EventFilter(value, province, stage, from, to, text);
    }

    public EventFilter withProvince(String value) {
        return new EventFilter(category, value, stage, from, to, text);
    }

    public EventFilter withStage(String value) {
        return new EventFilter(category, province, value, from, to, text);
    }

    public EventFilter withDates(LocalDate first, LocalDate last) {
        return new EventFilter(category, province, stage, first, last, text);
    }

    public EventFilter withText(String value) {
        return new EventFilter(category, province, stage, from, to, value);
    }
}
