package dev.newsflow.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.extract.Region;
import dev.newsflow.extract.text.ResourceTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.withDefaults();

    @Test
    void holdsEveryLevelWithValidChains() {
        assertTrue(GAZETTEER.size() > 3000, "all province-, city- and county-level divisions");
        long provinces = GAZETTEER.names().values().stream().flatMap(List::stream)
                .filter(c -> c.form() == NameForm.FULL && c.division().level() == DivisionLevel.PROVINCE).count();
        assertEquals(34, provinces);
        for (List<NameCandidate> candidates : GAZETTEER.names().values()) {
            for (NameCandidate candidate : candidates) {
                Division division = candidate.division();
                assertTrue(division.adcode().matches("\\d{6}"), division.toString());
                if (division.level() != DivisionLevel.PROVINCE) {
                    assertTrue(GAZETTEER.byAdcode(division.parentAdcode()).isPresent(), division.toString());
                }
            }
        }
    }

    @Test
    void chainAndApiRegion() {
        assertEquals(List.of("620000", "620900", "620981"),
                GAZETTEER.chain("620981").stream().map(Division::adcode).toList());
        assertEquals(new Region("酒泉市", "甘肃省", "酒泉市", null, "620900"), GAZETTEER.toRegion("620900"));
        assertEquals(new Region("朝阳区", "北京市", "北京市", "朝阳区", "110105"), GAZETTEER.toRegion("110105"));
        assertEquals(new Region("仙桃市", "湖北省", null, "仙桃市", "429004"), GAZETTEER.toRegion("429004"));
        assertEquals(Region.NATIONAL, GAZETTEER.toRegion("000000"));
        assertTrue(GAZETTEER.isWithin("620981", "620000"));
    }

    @Test
    void namesGiveCandidatesInEveryForm() {
        assertEquals(NameForm.SHORT, GAZETTEER.candidates("酒泉").get(0).form());
        assertEquals("420600", GAZETTEER.candidates("襄樊市").get(0).division().adcode());
        assertEquals(NameForm.FORMER, GAZETTEER.candidates("襄樊市").get(0).form());
        assertEquals("450181", GAZETTEER.candidates("横县").get(0).division().adcode(), "renamed in 2021 (generated)");
        assertTrue(GAZETTEER.candidates("鼓楼区").size() > 1, "ambiguous names keep all their divisions");
    }

    @Test
    void everyCuratedFormerNameMapsToADivisionOfTheGazetteerUnderItsName() {
        List<String[]> rows = ResourceTable.rows("/dev/newsflow/extract/region/former-names.tsv", 3);
        assertTrue(rows.size() > 80, "the county-level changes of 2005-2023 that the script cannot derive");
        for (String[] row : rows) {
            Division division = GAZETTEER.byAdcode(row[1]).orElse(null);
            assertNotNull(division, row[0] + " -> unknown " + row[1]);
            assertEquals(row[2], division.name(), row[0]);
            assertTrue(GAZETTEER.candidates(row[0]).stream().anyMatch(c -> c.division().equals(division)), row[0]);
        }
    }

    @Test
    void everyFormerNameResolvesToACurrentCityOrCounty() {
        long formerNames = 0;
        for (List<NameCandidate> candidates : GAZETTEER.names().values()) {
            for (NameCandidate candidate : candidates) {
                if (candidate.form() == NameForm.FORMER) {
                    formerNames++;
                    assertTrue(GAZETTEER.byAdcode(candidate.division().adcode()).isPresent(), candidate.toString());
                    assertNotEquals(DivisionLevel.PROVINCE, candidate.division().level(), candidate.toString());
                }
            }
        }
        assertTrue(formerNames > 200, "generated (2015 snapshot) and curated former names: " + formerNames);
        assertEquals("370116", GAZETTEER.candidates("莱芜市").get(0).division().adcode(), "derived by the script");
        assertEquals("350112", GAZETTEER.candidates("长乐市").get(0).division().adcode(), "derived by the script");
    }

    @Test
    void aCityWithoutCountiesHasNoCountyOfItsOwnName() {
        for (String name : List.of("东莞市", "中山市", "儋州市", "嘉峪关市")) {
            List<NameCandidate> candidates = GAZETTEER.candidates(name);
            assertEquals(1, candidates.size(), name + ": " + candidates);
            assertEquals(DivisionLevel.CITY, candidates.get(0).division().level(), name);
        }
        assertTrue(GAZETTEER.byAdcode("620201").isEmpty(), "NBS lists 嘉峪关 once more as a county: not a division");
    }
}
