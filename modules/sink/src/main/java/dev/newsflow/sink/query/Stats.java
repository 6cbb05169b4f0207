package dev.newsflow.sink.query;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts for the dashboard's overview and health view.
 *
 * @param eventsPerCategory events per taxonomy code, most first
 * @param eventsPerProvince events per province, most first (national events under 000000 / 全国)
 * @param eventsPerDay events per event date, oldest first (events without a date are not in it)
 * @param totals totals of articles, spam, duplicates, events and dead letters
 * @param deadLettersPerStage dead letters per failing stage, most first
 */
public record Stats(List<Count> eventsPerCategory, List<ProvinceCount> eventsPerProvince, List<DayCount> eventsPerDay,
        Totals totals, List<Count> deadLettersPerStage) {

    /** A count under a key (a category code, a stage name). */
    public record Count(String key, long count) {}

    /**
     * A count for one province.
     *
     * @param provinceCode the province's adcode; 000000 for national
     * @param province its name as stored (全国 for national), or null if no stored region names it
     */
    public record ProvinceCount(String provinceCode, String province, long count) {}

    /** A count for one day. */
    public record DayCount(LocalDate day, long count) {}

    /**
     * @param articles stored articles
     * @param spam of which whole-page spam
     * @param duplicates of which near-duplicates of another article
     * @param relevant of which reporting at least one reform event
     * @param events stored events
     * @param deadLetters dead letters seen on the dead-letters topic (all stages, all time)
     */
    public record Totals(long articles, long spam, long duplicates, long relevant, long events, long deadLetters) {}
}
