package dev.newsflow.web.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.web.source.PipelineHealth.StageThroughput;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageRatesTest {

    private static final long SECOND = 1_000_000_000L;

    private final StageRates rates = new StageRates(Duration.ofSeconds(60), Duration.ofSeconds(5));

    @Test
    void rateOverTheSpanSinceTheOldestReading() {
        assertTrue(rates.add(0, Map.of("crawl", 100L, "sink", 10L)).isEmpty(), "one reading has no rate");
        List<StageThroughput> after10s = rates.add(10 * SECOND, Map.of("crawl", 150L, "sink", 30L));
        assertEquals(List.of(new StageThroughput("crawl", 5.0), new StageThroughput("sink", 2.0)), after10s);
    }

    @Test
    void readingsCloserThanTheMinimumSpanGiveNoRateAndAreNotKept() {
        rates.add(0, Map.of("crawl", 0L));
        assertTrue(rates.add(SECOND, Map.of("crawl", 1_000L)).isEmpty(), "1 s is shorter than the 5 s span");
        // The 1 s reading was not kept: the rate is still taken from 0 s.
        assertEquals(List.of(new StageThroughput("crawl", 100.0)), rates.add(10 * SECOND, Map.of("crawl", 1_000L)));
    }

    @Test
    void oldReadingsLeaveTheWindow() {
        rates.add(0, Map.of("crawl", 0L));
        rates.add(50 * SECOND, Map.of("crawl", 5_000L));
        // At 100 s the 0 s reading is out of the 60 s window; the rate is from 50 s on.
        assertEquals(List.of(new StageThroughput("crawl", 10.0)), rates.add(100 * SECOND, Map.of("crawl", 5_500L)));
    }

    @Test
    void aNewStageOrACounterThatWentDownHasNoRateYet() {
        rates.add(0, Map.of("crawl", 500L));
        List<StageThroughput> later = rates.add(10 * SECOND, Map.of("crawl", 20L, "sink", 7L));
        assertTrue(later.isEmpty(), "topic recreated, new group: " + later);
    }

    @Test
    void refusesASpanLongerThanTheWindow() {
        assertThrows(IllegalArgumentException.class, () -> new StageRates(Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }
}
