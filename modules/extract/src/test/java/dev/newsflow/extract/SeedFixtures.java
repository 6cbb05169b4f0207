package dev.newsflow.extract;

import dev.newsflow.extract.evaluation.PageLabels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The five seed pages as simplified text (src/test/resources/seeds-simplified) with their repo labels. */
final class SeedFixtures {

    /** The repository copy of the seed labels (eval/seeds/seed-labels.json), relative to this module. */
    static final Path LABELS = Path.of("../../eval/seeds/seed-labels.json");

    private SeedFixtures() {
    }

    static List<PageLabels> labels() {
        return PageLabels.read(LABELS);
    }

    /** The page as the cleaner would hand it over: simplified text, headline and publication date. */
    static ArticleText article(PageLabels page) {
        String text = resource("/seeds-simplified/" + page.file());
        LocalDate published = page.date() == null ? null : LocalDate.parse(page.date());
        return new ArticleText(page.file(), null, titles().get(page.file()), text, published, null);
    }

    static Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        for (String line : resource("/seeds-simplified/titles.tsv").split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] columns = line.split("\t");
                titles.put(columns[0], columns[1]);
            }
        }
        return titles;
    }

    static String resource(String name) {
        try (InputStream in = SeedFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
