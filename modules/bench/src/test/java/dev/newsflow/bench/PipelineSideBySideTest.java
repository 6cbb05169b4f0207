package dev.newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineSideBySideTest {

    @Test
    void quantilesAreNearestRank() {
        double[] values = {5, 1, 4, 2, 3};
        assertEquals(3, PipelineSideBySide.quantile(values, 0.5));
        assertEquals(2, PipelineSideBySide.quantile(values, 0.25));
        assertEquals(4, PipelineSideBySide.quantile(values, 0.75));
        assertEquals(1, PipelineSideBySide.quantile(values, 0.0));
        assertEquals(5, PipelineSideBySide.quantile(values, 1.0));
        assertEquals(5, values[0], "the input is left unsorted");
    }

    /** Ratios are taken round by round, so a slow round (the host busy) slows both builds and cancels out. */
    @Test
    void ratiosAreTakenRoundByRound() {
        double[][] rates = {
                {20, 10, 20, 10},  // the base: every other round the host was twice as slow
                {24, 12, 24, 12}}; // the change: 1.2 times the base in every round
        String report = PipelineSideBySide.report(List.of("base.jar", "new.jar"), rates);
        assertTrue(report.contains("new.jar / base.jar: median ratio 1.200 (quartiles 1.200 to 1.200, 4 rounds)"), report);
        assertTrue(report.contains("base.jar"), report);
    }
}
