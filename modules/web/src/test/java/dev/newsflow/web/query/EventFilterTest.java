package dev.newsflow.web.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Region;
import dev.newsflow.contracts.Samples;
import dev.newsflow.contracts.Stage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private final ReformEvent pilotInGansu = Samples.reformEvent(); // MEDICAL_CONSORTIUM, PILOT, 甘肃省, 2023-12-23

    @Test
    void emptyCriteriaMatchEverything() {
        assertTrue(EventFilter.ANY.matches(pilotInGansu));
        EventFilter blank = new EventFilter(" ", "", null, null, null);
        assertNull(blank.category());
        assertNull(blank.province());
        assertTrue(blank.matches(pilotInGansu));
    }

    @Test
    void everyGivenCriterionMustHold() {
        assertTrue(new EventFilter("MEDICAL_CONSORTIUM", "甘肃省", Stage.PILOT, null, null).matches(pilotInGansu));
        assertFalse(new EventFilter("TCM", null, null, null, null).matches(pilotInGansu));
        assertFalse(new EventFilter(null, "广东省", null, null, null).matches(pilotInGansu));
        assertFalse(new EventFilter(null, null, Stage.TARGET, null, null).matches(pilotInGansu));
    }

    @Test
    void dateRangeIsInclusiveAndExcludesUndatedEvents() {
        LocalDate day = LocalDate.of(2023, 12, 23);
        assertTrue(new EventFilter(null, null, null, day, day).matches(pilotInGansu));
        assertFalse(new EventFilter(null, null, null, day.plusDays(1), null).matches(pilotInGansu));
        assertFalse(new EventFilter(null, null, null, null, day.minusDays(1)).matches(pilotInGansu));
        ReformEvent undated = ReformEvent.newBuilder(pilotInGansu).setDate(null).build();
        assertFalse(new EventFilter(null, null, null, day, null).matches(undated));
        assertTrue(EventFilter.ANY.matches(undated));
    }

    @Test
    void nationalEventsHaveNoProvince() {
        ReformEvent national = ReformEvent.newBuilder(pilotInGansu)
                .setRegion(Region.newBuilder().setName("全国").setProvince(null).setCity(null).setCounty(null)
                        .setAdcode("000000").build())
                .build();
        assertFalse(new EventFilter(null, "甘肃省", null, null, null).matches(national));
        assertTrue(new EventFilter(null, "全国", null, null, null).matches(national), "the charts' key for them");
        assertFalse(new EventFilter(null, "全国", null, null, null).matches(pilotInGansu));
    }

    @Test
    void anEmptyRangeOrBadPageIsRejectedWithTheReason() {
        InvalidQueryException range = assertThrows(InvalidQueryException.class,
                () -> new EventFilter(null, null, null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
        assertTrue(range.getMessage().contains("after"), range.getMessage());
        assertThrows(InvalidQueryException.class, () -> new PageRequest(0, PageRequest.MAX_LIMIT + 1));
        assertThrows(InvalidQueryException.class, () -> new PageRequest(-1, 10));
        assertEquals(PageRequest.MAX_LIMIT, new PageRequest(0, PageRequest.MAX_LIMIT).limit());
    }
}
