package dev.newsflow.bench;

import dev.newsflow.clean.script.ScriptNormalizer;
import dev.newsflow.clean.script.TraditionalToSimplified;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Script normalization against the OpenCC command-line tool on the same text, measured side by side in
 * one run so that the ratio holds on a shared, noisy machine. The text is the seeds' own lines (mostly
 * Traditional, some pinyin-annotated) repeated to a few megabytes. OpenCC's time includes its start-up,
 * as an operator running it would pay; its dictionary load is a small part of a multi-megabyte run.
 * Also reports agreement: lines whose Traditional-to-Simplified conversion equals OpenCC's {@code t2s}.
 *
 * <p>Run from the repository root: {@code java -cp modules/bench/target/newsflow-bench.jar
 * dev.newsflow.bench.NormalizationVsOpenCc [megabytes]} (needs the Debian package {@code opencc}).
 */
public final class NormalizationVsOpenCc {

    private static final int ROUNDS = 3;

    private NormalizationVsOpenCc() {}

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        List<String> seedLines = new ArrayList<>();
        try (var files = Files.list(BenchCorpus.evalDir().resolve("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        seedLines.add(line);
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        long bytes = 0;
        while (bytes < megabytes * 1024L * 1024L) {
            for (String line : seedLines) {
                lines.add(line);
                bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        Path input = Files.createTempFile("newsflow-t2s-in", ".txt");
        Path output = Files.createTempFile("newsflow-t2s-out", ".txt");
        try {
            Files.write(input, lines, StandardCharsets.UTF_8);
            double mb = Files.size(input) / (1024.0 * 1024.0);

            long openccBest = Long.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                openccBest = Math.min(openccBest, runOpenCc(input, output));
            }
            List<String> reference = Files.readAllLines(output, StandardCharsets.UTF_8);

            ScriptNormalizer normalizer = new ScriptNormalizer();
            for (int round = 0; round < ROUNDS; round++) {
                normalizeAll(normalizer, lines); // warm-up: JIT and dictionaries
            }
            long oursBest = Long.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                normalizeAll(normalizer, lines);
                oursBest = Math.min(oursBest, System.nanoTime() - start);
            }

            int agree = 0;
            for (int i = 0; i < seedLines.size(); i++) {
                if (TraditionalToSimplified.convert(seedLines.get(i)).equals(reference.get(i))) {
                    agree++;
                }
            }
            double openccRate = mb / (openccBest / 1e9);
            double oursRate = mb / (oursBest / 1e9);
            System.out.printf(Locale.ROOT, "text: %.1f MB (%d lines)%n", mb, lines.size());
            System.out.printf(Locale.ROOT, "opencc -c t2s (best of %d):          %8.1f MB/s%n", ROUNDS, openccRate);
            System.out.printf(Locale.ROOT, "newsflow normalization (1 thread): %8.1f MB/s%n", oursRate);
            System.out.printf(Locale.ROOT, "ratio newsflow/opencc:             %8.2f x%n", oursRate / openccRate);
            System.out.printf(Locale.ROOT, "t2s agreement with opencc:         %d/%d seed lines identical%n", agree,
                    seedLines.size());
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
        }
    }

    private static int normalizeAll(ScriptNormalizer normalizer, List<String> lines) {
        int length = 0;
        for (String line : lines) {
            length += normalizer.normalize(line).text().length();
        }
        return length;
    }

    private static long runOpenCc(Path input, Path output) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("opencc", "-c", "t2s.json", "-i", input.toString(), "-o", output.toString())
                .redirectErrorStream(true).start();
        String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("opencc failed: " + messages);
        }
        return System.nanoTime() - start;
    }
}
