package dev.newsflow.web.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Events counted per day along two dimensions, for the dashboard's charts.
 *
 * @param perCategory one entry per (category code, day) with at least one event
 * @param perProvince one entry per (province name, day); national events count under {@link #NATIONAL}
 * @param asOf when the counts were read
 */
public record EventAggregates(List<DailyCount> perCategory, List<DailyCount> perProvince, Instant asOf) {

    /** Key under which events without a province (national ones) are counted. */
    public static final String NATIONAL = "全国";

    public EventAggregates {
        perCategory = List.copyOf(perCategory);
        perProvince = List.copyOf(perProvince);
    }

    /**
     * @param key category code or province name
     * @param day the events' day
     * @param count how many events
     */
    public record DailyCount(String key, LocalDate day, long count) {}
}
