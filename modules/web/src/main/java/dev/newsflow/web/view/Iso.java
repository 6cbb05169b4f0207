package dev.newsflow.web.view;

import java.time.Instant;
import java.time.LocalDate;

/** ISO-8601 text of the contracts' date and timestamp fields, null staying null. */
public final class Iso {

    private Iso() {}

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
