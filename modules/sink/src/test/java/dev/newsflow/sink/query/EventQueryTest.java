package dev.newsflow.sink.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.sink.store.Dialect;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueryTest {

    @Test
    void noFilterMeansNoWhereClause() {
        SqlQuery page = new EventQuery(Dialect.POSTGRESQL, EventFilter.all()).page(40, 20);
        assertFalse(page.sql().contains("WHERE"));
        assertTrue(page.sql().endsWith("ORDER BY e.event_date DESC NULLS LAST, e.extracted_at_ms DESC, e.event_id DESC LIMIT ? OFFSET ?"));
        assertEquals(List.of(20, 40), page.parameters());
    }

    @Test
    void everyCriterionBecomesABoundParameterInOrder() {
        EventFilter filter = EventFilter.all().withCategory("MEDICAL_CONSORTIUM").withProvince("620981").withStage("PILOT")
                .withDates(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        SqlQuery count = new EventQuery(Dialect.SQLITE, filter).count();
        assertEquals("SELECT COUNT(*)" + EventQuery.FROM + " WHERE e.category = ? AND e.province_code = ? AND e.stage = ?"
                + " AND e.event_date >= ? AND e.event_date <= ?", count.sql());
        assertEquals(List.of("MEDICAL_CONSORTIUM", "620000", "PILOT", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                count.parameters());
    }

    @Test
    void valuesNeverReachTheSqlText() {
        String hostile = "x'; DROP TABLE events; --";
        SqlQuery page = new EventQuery(Dialect.POSTGRESQL, EventFilter.all().withCategory(hostile).withProvince(hostile)
                .withText(hostile)).page(0, 10);
        assertFalse(page.sql().contains("DROP"));
        assertTrue(page.parameters().contains(hostile));
    }

    @Test
    void aProvinceNameIsLookedUpInRegions() {
        SqlQuery count = new EventQuery(Dialect.POSTGRESQL, EventFilter.all().withProvince("甘肃省")).count();
        assertTrue(count.sql().endsWith("WHERE e.province_code IN (SELECT pr.province_code FROM regions pr WHERE pr.province = ?)"));
        assertEquals(List.of("甘肃省"), count.parameters());
    }

    @Test
    void theNationalCodeSelectsEventsWithoutAProvince() {
        SqlQuery count = new EventQuery(Dialect.POSTGRESQL, EventFilter.all().withProvince("000000")).count();
        assertTrue(count.sql().endsWith("WHERE e.province_code IS NULL"));
        assertEquals(List.of(), count.parameters());
    }

    @Test
    void textSearchUsesTheIndexThenChecksEachPhrase() {
        SqlQuery postgres = new EventQuery(Dialect.POSTGRESQL, EventFilter.all().withText("公立医院 DRG")).count();
        assertTrue(postgres.sql().contains("e.article_id IN (SELECT article_id FROM article_search WHERE terms @@ CAST(? AS tsquery))"));
        assertTrue(postgres.sql().contains("(strpos(lower(a.title), ?) > 0 OR strpos(lower(a.text), ?) > 0)"));
        assertEquals(List.of("'公立' & '立医' & '医院' & 'drg'", "公立医院", "公立医院", "drg", "drg"), postgres.parameters());

        SqlQuery sqlite = new EventQuery(Dialect.SQLITE, EventFilter.all().withText("公立医院")).count();
        assertTrue(sqlite.sql().contains("WHERE article_search MATCH ?"));
        assertTrue(sqlite.sql().contains("(instr(lower(a.title), ?) > 0 OR instr(lower(a.text), ?) > 0)"));
        assertEquals(List.of("\"公立\" AND \"立医\" AND \"医院\"", "公立医院", "公立医院"), sqlite.parameters());
    }

    @Test
    void aOneCharacterQueryIsOnlyASubstringCheck() {
        SqlQuery count = new EventQuery(Dialect.POSTGRESQL, EventFilter.all().withText("医")).count();
        assertFalse(count.sql().contains("article_search"));
        assertEquals(List.of("医", "医"), count.parameters());
    }
}
