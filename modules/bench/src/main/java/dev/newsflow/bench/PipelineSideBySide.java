package dev.newsflow.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two or more builds of the page pipeline measured side by side in one JVM, for changes smaller than the
 * shared machine's noise (JMH runs of the same code an hour apart differ by ±15 % here). Each build's
 * {@code newsflow-bench.jar} gets its own class loader, so each has its own classes and compiled code; after a
 * warm-up, the builds take turns for short slices, page after page through the benchmark corpus, and every
 * round's throughput is divided by the first build's of the same round. Host load then moves numerator and
 * denominator alike: the median ratio and its quartiles are the figure to read, the MB/s only context.
 *
 * <p>What it cannot separate: the builds share the JDK's classes, so a JDK call site (a sort's comparator, a
 * collection's iterator) profiles the types of every build, and may be compiled less well than in a JVM running
 * one build; and each build goes through the corpus at its own pace, so one slice's mix of pages differs a little
 * between builds (a slice covers the corpus about fifty times). Confirm a figure that matters with JMH.
 *
 * <p>Run from the repository root: {@code java -cp modules/bench/target/newsflow-bench.jar
 * dev.newsflow.bench.PipelineSideBySide [rounds] base.jar changed.jar [more.jar ...]}
 * (copy each build's {@code modules/bench/target/newsflow-bench.jar} aside first).
 */
public final class PipelineSideBySide {

    private static final long SLICE_NANOS = 500_000_000L;
    private static final int WARMUP_SLICES = 20;

    private PipelineSideBySide() {}

    /** One build: its page pipeline, its corpus (read with its own classes) and what it has measured. */
    private static final class Build {
        final String name;
        final ClassLoader loader;
        final Object processor;
        final Method process;
        final Method body;
        final List<?> pages;
        int next;

        Build(Path jar) throws Exception {
            name = jar.getFileName().toString();
            // the platform loader as parent: nothing of this build leaks in from the launcher's class path
            loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> processorClass = loader.loadClass("dev.newsflow.pipeline.PageProcessor");
            Class<?> pageClass = loader.loadClass("dev.newsflow.pipeline.PageSource");
            processor = withContextLoader(loader, () -> processorClass.getMethod("withDefaults").invoke(null));
            process = processorClass.getMethod("process", pageClass);
            body = pageClass.getMethod("body");
            Method corpus = loader.loadClass(BenchCorpus.class.getName()).getDeclaredMethod("pages", processorClass);
            corpus.setAccessible(true);
            pages = (List<?>) withContextLoader(loader, () -> corpus.invoke(null, processor));
        }

        /** Pages through the pipeline for about {@code nanos}; MB/s (2^20 bytes) of page bytes. */
        double run(long nanos) throws Exception {
            return withContextLoader(loader, () -> timed(nanos));
        }

        private double timed(long nanos) throws Exception {
            long bytes = 0;
            long start = System.nanoTime();
            long now;
            do {
                Object page = pages.get(next);
                next = (next + 1) % pages.size();
                bytes += ((byte[]) body.invoke(page)).length;
                process.invoke(processor, page);
            } while ((now = System.nanoTime()) - start < nanos);
            return bytes / 1_048_576.0 / ((now - start) / 1e9);
        }
    }

    /** Runs {@code work} with {@code loader} as the thread's context class loader, as the build would see it alone. */
    private static <T> T withContextLoader(ClassLoader loader, java.util.concurrent.Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public static void main(String[] args) throws Exception {
        int first = args.length > 0 && args[0].matches("\\d+") ? 1 : 0;
        int rounds = first == 1 ? Integer.parseInt(args[0]) : 30;
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, not " + rounds);
        }
        List<Build> builds = new ArrayList<>();
        for (String arg : Arrays.copyOfRange(args, first, args.length)) {
            Path jar = Path.of(arg);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no such jar: " + jar);
            }
            builds.add(new Build(jar));
        }
        if (builds.size() < 2) {
            throw new IllegalArgumentException("usage: PipelineSideBySide [rounds] base.jar changed.jar [more.jar ...]");
        }
        for (int w = 0; w < WARMUP_SLICES; w++) {
            for (Build build : builds) {
                build.run(SLICE_NANOS);
            }
        }
        double[][] rates = new double[builds.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < builds.size(); k++) {
                int b = (k + r) % builds.size(); // each build goes first in turn
                rates[b][r] = builds.get(b).run(SLICE_NANOS);
            }
        }
        System.out.println(report(builds.stream().map(b -> b.name).toList(), rates));
    }

    /** Median MB/s per build, then each build's per-round ratio to the first build: median and quartiles. */
    static String report(List<String> names, double[][] rates) {
        StringBuilder out = new StringBuilder();
        for (int b = 0; b < names.size(); b++) {
            out.append(String.format(Locale.ROOT, "%-28s median %.2f MB/s%n", names.get(b), quantile(rates[b], 0.5)));
        }
        for (int b = 1; b < names.size(); b++) {
            double[] ratios = new double[rates[b].length];
            for (int r = 0; r < ratios.length; r++) {
                ratios[r] = rates[b][r] / rates[0][r];
            }
            out.append(String.format(Locale.ROOT, "%s / %s: median ratio %.3f (quartiles %.3f to %.3f, %d rounds)%n",
                    names.get(b), names.get(0), quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75),
                    ratios.length));
        }
        return out.toString();
    }

    /** The value below which a share {@code q} of {@code values} lies (nearest rank). */
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
