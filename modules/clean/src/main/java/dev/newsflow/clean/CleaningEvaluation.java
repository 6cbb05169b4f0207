package dev.newsflow.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.clean.script.TraditionalToSimplified;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures cleaning quality over a folder of labelled pages in the format of {@code eval/seeds/seed-labels.json}:
 * {@code {"pages":[{"file", "spam":[...], "boilerplate":[...], "keep":[...], "date"}...]}}, page files beside it.
 * A spam or boilerplate item counts as removed when it occurs neither in the text nor in the title; a keep
 * sentence counts when it occurs in the text.
 */
public final class CleaningEvaluation {
    private static final Pattern LEFTOVER_PINYIN = Pattern.compile(
            "\\p{IsHan}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageCleaner cleaner;

    public CleaningEvaluation(PageCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** Result for one page. */
    public record PageScore(String file, int spamRemoved, int spamTotal, int boilerplateRemoved, int boilerplateTotal,
                            int keptPresent, int keptTotal, boolean dateCorrect, int residualTraditional,
                            int leftoverPinyin, boolean markedSpam, String error) {
    }

    /** Totals over a labelled set; {@link #toString()} prints a table. */
    public record Result(List<PageScore> pages) {
        public int spamRemoved() {
            return pages.stream().mapToInt(PageScore::spamRemoved).sum();
        }

        public int spamTotal() {
            return pages.stream().mapToInt(PageScore::spamTotal).sum();
        }

        public int boilerplateRemoved() {
            return pages.stream().mapToInt(PageScore::boilerplateRemoved).sum();
        }

        public int boilerplateTotal() {
            return pages.stream().mapToInt(PageScore::boilerplateTotal).sum();
        }

        public int keptPresent() {
            return pages.stream().mapToInt(PageScore::keptPresent).sum();
        }

        public int keptTotal() {
            return pages.stream().mapToInt(PageScore::keptTotal).sum();
        }

        public int datesCorrect() {
            return (int) pages.stream().filter(PageScore::dateCorrect).count();
        }

        public int residualTraditional() {
            return pages.stream().mapToInt(PageScore::residualTraditional).sum();
        }

        public int leftoverPinyin() {
            return pages.stream().mapToInt(PageScore::leftoverPinyin).sum();
        }

        public int errors() {
            return (int) pages.stream().filter(p -> p.error() != null).count();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            String row = "%-28s %9s %11s %9s %5s %7s %7s %5s%n";
            sb.append(String.format(row, "page", "spam", "boilerplate", "kept", "date", "tradChr", "pinyin", "error"));
            for (PageScore p : pages) {
                sb.append(String.format(row, p.file(), p.spamRemoved() + "/" + p.spamTotal(),
                        p.boilerplateRemoved() + "/" + p.boilerplateTotal(), p.keptPresent() + "/" + p.keptTotal(),
                        p.dateCorrect() ? "ok" : "WRONG", p.residualTraditional(), p.leftoverPinyin(),
                        p.error() == null ? "-" : "yes"));
            }
            sb.append(String.format(row, "TOTAL", spamRemoved() + "/" + spamTotal(),
                    boilerplateRemoved() + "/" + boilerplateTotal(), keptPresent() + "/" + keptTotal(),
                    datesCorrect() + "/" + pages.size(), residualTraditional(), leftoverPinyin(), errors()));
            return sb.toString();
        }
    }

    /**
     * Evaluates a labelled set: {@code labels} is the labels file, or a folder holding exactly one
     * {@code *labels.json}; page files are resolved against the labels file's folder.
     */
    public Result evaluate(Path labels) {
        Path labelsFile = Files.isDirectory(labels) ? findLabelsFile(labels) : labels;
        return evaluate(labelsFile, labelsFile.toAbsolutePath().getParent());
    }

    /** Evaluates the pages a labels file names, read from {@code pagesFolder}. */
    public Result evaluate(Path labelsFile, Path pagesFolder) {
        JsonNode root;
        try {
            root = JSON.readTree(labelsFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels " + labelsFile, e);
        }
        List<PageScore> scores = new ArrayList<>();
        for (JsonNode page : root.path("pages")) {
            scores.add(score(pagesFolder, page));
        }
        return new Result(scores);
    }

    private static Path findLabelsFile(Path folder) {
        try (var files = Files.list(folder)) {
            List<Path> candidates = files.filter(p -> p.getFileName().toString().endsWith("labels.json")).toList();
            if (candidates.size() != 1) {
                throw new IllegalArgumentException("expected exactly one *labels.json in " + folder + ", found " + candidates);
            }
            return candidates.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private PageScore score(Path folder, JsonNode label) {
        String file = label.path("file").asText();
        List<String> spam = strings(label.path("spam"));
        List<String> boilerplate = strings(label.path("boilerplate"));
        List<String> keep = strings(label.path("keep"));
        LocalDate expectedDate = label.path("date").isTextual() ? LocalDate.parse(label.path("date").asText()) : null;
        CleanedPage page;
        try {
            page = cleaner.clean(new PageInput(Files.readAllBytes(folder.resolve(file)), null, null));
        } catch (IOException | PageRejectedException e) {
            return new PageScore(file, 0, spam.size(), 0, boilerplate.size(), 0, keep.size(), false, 0, 0, false,
                    e.getMessage());
        }
        String text = page.text();
        String title = page.title();
        int spamRemoved = (int) spam.stream().filter(s -> !text.contains(s) && !title.contains(s)).count();
        int boilerplateRemoved = (int) boilerplate.stream().filter(s -> !text.contains(s) && !title.contains(s)).count();
        int kept = (int) keep.stream().filter(text::contains).count();
        boolean dateCorrect = java.util.Objects.equals(expectedDate, page.publishedDate());
        int pinyin = 0;
        Matcher m = LEFTOVER_PINYIN.matcher(text);
        while (m.find()) {
            pinyin++;
        }
        return new PageScore(file, spamRemoved, spam.size(), boilerplateRemoved, boilerplate.size(), kept, keep.size(),
                dateCorrect, TraditionalToSimplified.residualTraditional(text + "\n" + title), pinyin, page.spam(), null);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
