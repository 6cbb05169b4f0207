package dev.newsflow.sink.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void hanTextBecomesCharacterBigrams() {
        assertEquals(List.of("医保", "保改", "改革"), List.copyOf(SearchTerms.ofArticle("", "医保改革")));
    }

    @Test
    void punctuationBreaksBigramsAndLatinWordsAreLowerCased() {
        Set<String> terms = SearchTerms.ofArticle("COVID-19疫苗", "医改,集采。");
        assertEquals(List.of("covid", "19", "疫苗", "医改", "集采"), List.copyOf(terms));
    }

    @Test
    void aLoneHanCharacterIsNotIndexed() {
        assertEquals(Set.of(), SearchTerms.ofArticle("", "省,市"));
    }

    @Test
    void theTermsOfAPhraseAreAmongTheTermsOfAnyTextContainingIt() {
        String text = "酒泉市深化公立医院改革推动医疗卫生事业高质量发展";
        Set<String> articleTerms = SearchTerms.ofArticle("", text);
        for (String phrase : List.of("公立医院", "医院改革", "高质量发展", "酒泉")) {
            Set<String> query = SearchTerms.ofQuery(SearchTerms.queryParts(phrase));
            assertTrue(articleTerms.containsAll(query), phrase);
        }
    }

    @Test
    void queryPartsSplitOnWhitespaceAndAreLowerCased() {
        assertEquals(List.of("医保", "drg"), SearchTerms.queryParts("  医保   DRG "));
        assertEquals(List.of(), SearchTerms.queryParts("   "));
        assertEquals(List.of(), SearchTerms.queryParts(null));
    }

    @Test
    void aOneCharacterQueryHasNoIndexTerms() {
        assertEquals(Set.of(), SearchTerms.ofQuery(List.of("医")));
    }

    @Test
    void termsPerArticleAreBounded() {
        StringBuilder text = new StringBuilder();
        for (int c = 0x4E00; c < 0x4E00 + 20_000; c++) {
            text.appendCodePoint(c).appendCodePoint(c + 1).append(' ');
            text.appendCodePoint(c).appendCodePoint(c + 2).append(' ');
            text.appendCodePoint(c).appendCodePoint(c + 3).append(' ');
        }
        assertEquals(SearchTerms.MAX_TERMS_PER_ARTICLE, SearchTerms.ofArticle("", text.toString()).size());
    }
}
