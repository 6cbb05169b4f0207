package dev.newsflow.sink.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Samples;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowMappingTest {

    @Test
    void anArticleMapsToItsColumnsAndChildRows() {
        Article article = Article.newBuilder(Samples.article())
                .setMentions(List.of("https://mirror.example.cn/a.html"))
                .setDuplicateOf("a-0001")
                .build();
        ArticleRow row = ArticleRow.of(article);
        assertEquals("a-77d0", row.id());
        assertEquals("www.jiuquan.gov.cn", row.site());
        assertEquals(LocalDate.of(2023, 12, 23), row.publishedDate());
        assertEquals(Instant.parse("2023-12-23T02:17:00Z").toEpochMilli(), row.fetchedAtMs());
        assertEquals(1234, row.convertedChars());
        assertEquals(new RegionRow("620900", "酒泉市", "甘肃省", "酒泉市", null, "620000"), row.region());
        assertEquals(List.of(new ArticleRow.RemovalRow("SPAM", "porn-lexicon", "永久免费av网站")), row.removals());
        assertEquals(List.of("https://mirror.example.cn/a.html"), row.mentions());
        assertEquals("a-0001", row.duplicateOf());
        assertNull(row.declaredCharset());
    }

    @Test
    void anEventMapsToItsColumnsAndIndicators() {
        ReformEvent event = Samples.reformEvent();
        EventRow row = EventRow.of(event);
        assertEquals("e-5f1c", row.eventId());
        assertEquals("PILOT", row.stage());
        assertEquals("620981", row.region().adcode());
        assertEquals("620000", row.region().provinceCode());
        assertEquals(812, row.evidenceStart());
        assertEquals(830, row.evidenceEnd());
        assertEquals(List.of(new EventRow.IndicatorRow("门诊量", 18.3, "%", true)), row.indicators());
        assertNull(row.deadline());
    }

    @Test
    void provinceCodesComeFromTheFirstTwoDigits() {
        assertEquals("620000", Regions.provinceCode("620981"));
        assertEquals("110000", Regions.provinceCode("110000"));
        assertNull(Regions.provinceCode("000000"));
        assertNull(Regions.provinceCode("62098"));
        assertNull(Regions.provinceCode("62O981"));
        assertNull(Regions.provinceCode(null));
    }
}
