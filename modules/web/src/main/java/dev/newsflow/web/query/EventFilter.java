package dev.newsflow.web.query;

import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Stage;
import dev.newsflow.web.source.EventAggregates;
import java.time.LocalDate;

/**
 * What an operator narrows the event list to. Every criterion is optional (null means "any"); the date
 * range applies to the event's date (the article's publication date) and is inclusive at both ends, so an
 * event without a date never matches a range.
 *
 * @param category taxonomy code, e.g. TIERED_CARE
 * @param province province-level division name as the events carry it, e.g. 甘肃省; {@value
 *     EventAggregates#NATIONAL} for national events (the charts' key for them)
 * @param stage reform stage
 * @param from first day of the range
 * @param to last day of the range
 */
public record EventFilter(String category, String province, Stage stage, LocalDate from, LocalDate to) {

    public static final EventFilter ANY = new EventFilter(null, null, null, null, null);

    public EventFilter {
        category = blankToNull(category);
        province = blankToNull(province);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("date range is empty: from " + from + " is after to " + to);
        }
    }

    /** Whether an event passes the filter; the store applies the same rules in its query. */
    public boolean matches(ReformEvent event) {
        if (category != null && !category.equals(event.getCategory())) {
            return false;
        }
        if (province != null && !province.equals(provinceOf(event))) {
            return false;
        }
        if (stage != null && stage != event.getStage()) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        LocalDate date = event.getDate();
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** The event's province name, or {@link EventAggregates#NATIONAL} for a national event (no province). */
    private static String provinceOf(ReformEvent event) {
        String province = event.getRegion().getProvince();
        return province == null || province.isBlank() ? EventAggregates.NATIONAL : province;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
