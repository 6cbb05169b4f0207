package dev.newsflow.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One extractor for all tests (its data loads once) and small helpers to run it on a snippet. */
final class TestExtractor {

    static final ReformEventExtractor EXTRACTOR = ReformEventExtractor.withDefaults();
    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 1);

    private TestExtractor() {
    }

    static Extraction extract(String text) {
        return extract("", text, null);
    }

    static Extraction extract(String title, String text, String publisherAdcode) {
        return EXTRACTOR.extract(new ArticleText("test-article", null, title, text, PUBLISHED, publisherAdcode));
    }

    static Set<String> categories(Extraction extraction) {
        Set<String> categories = new TreeSet<>();
        extraction.events().forEach(e -> categories.add(e.category()));
        return categories;
    }

    static List<ExtractedEvent> events(Extraction extraction, String category) {
        return extraction.events().stream().filter(e -> e.category().equals(category)).toList();
    }

    static ExtractedEvent only(Extraction extraction, String category) {
        List<ExtractedEvent> events = events(extraction, category);
        if (events.size() != 1) {
            throw new AssertionError("expected one " + category + " event, got " + extraction.events());
        }
        return events.get(0);
    }
}
