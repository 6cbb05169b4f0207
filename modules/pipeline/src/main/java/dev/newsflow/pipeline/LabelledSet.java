package dev.newsflow.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of labelled pages: one {@code *labels.json} (the format of {@code eval/seeds/seed-labels.json})
 * and the page files it names, beside it or in its {@code pages/} subfolder ({@code eval/dev} keeps them
 * there).
 */
public record LabelledSet(Path labelsFile, Path pagesFolder) {

    /** Opens a labels file, or a folder holding exactly one {@code *labels.json}. */
    public static LabelledSet open(Path labelsFileOrFolder) {
        Path labels = Files.isDirectory(labelsFileOrFolder) ? findLabels(labelsFileOrFolder) : labelsFileOrFolder;
        if (!Files.isRegularFile(labels)) {
            throw new IllegalArgumentException("no labels file at " + labels);
        }
        Path folder = labels.toAbsolutePath().getParent();
        Path pages = Files.isDirectory(folder.resolve("pages")) ? folder.resolve("pages") : folder;
        return new LabelledSet(labels, pages);
    }

    /** The file of a labelled page. */
    public Path page(String file) {
        return pagesFolder.resolve(file);
    }

    private static Path findLabels(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> candidates = files.filter(p -> p.getFileName().toString().endsWith("labels.json")).toList();
            if (candidates.size() != 1) {
                throw new IllegalArgumentException("expected exactly one *labels.json in " + folder + ", found " + candidates);
            }
            return candidates.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
