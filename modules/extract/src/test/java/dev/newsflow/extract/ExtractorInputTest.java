package dev.newsflow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bad input gets a clear, typed error; odd but valid input is handled. */
class ExtractorInputTest {

    @Test
    void missingIdOrTextIsRefusedWithAMessage() {
        ExtractionException noText = assertThrows(ExtractionException.class,
                () -> TestExtractor.EXTRACTOR.extract(new ArticleText("a1", null, "t", null, null, null)));
        assertTrue(noText.getMessage().contains("a1"));
        assertThrows(ExtractionException.class,
                () -> TestExtractor.EXTRACTOR.extract(new ArticleText(" ", null, "t", "text", null, null)));
        assertThrows(ExtractionException.class, () -> TestExtractor.EXTRACTOR.extract(null));
    }

    @Test
    void oversizedTextIsRefused() {
        String huge = "医".repeat(ReformEventExtractor.MAX_TEXT_CHARS + 1);
        ExtractionException error = assertThrows(ExtractionException.class,
                () -> TestExtractor.EXTRACTOR.extract(new ArticleText("big", null, null, huge, null, null)));
        assertTrue(error.getMessage().contains("more than"));
    }

    @Test
    void emptyTextAndNullTitleGiveAnIrrelevantNationalResult() {
        Extraction extraction = TestExtractor.EXTRACTOR.extract(new ArticleText("e", null, null, "", null, null));
        assertFalse(extraction.relevant());
        assertEquals(Region.NATIONAL, extraction.region());
        assertTrue(extraction.events().isEmpty());
    }

    @Test
    void unknownPublisherCodeIsIgnored() {
        Extraction extraction = TestExtractor.extract("", "全面推进医共体建设。", "999999");
        assertEquals(Region.NATIONAL_ADCODE, extraction.region().adcode());
    }
}
