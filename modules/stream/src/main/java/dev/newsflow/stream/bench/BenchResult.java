package dev.newsflow.stream.bench;

import java.util.Locale;

/**
 * What a benchmark run measured.
 *
 * @param pages pages pushed through the pipeline at full speed
 * @param megabytes their encoded size (MB, 10^6 bytes)
 * @param pagesPerSec pipeline throughput: produce, process exactly-once, outcome committed
 * @param mbPerSec the same in MB/s of raw pages
 * @param rawPagesPerSec the broker alone on the same records in the same run: produce, then consume
 * @param ratio pagesPerSec / rawPagesPerSec
 * @param latencyRate pages/s offered during the latency phase (half the measured pipeline throughput)
 * @param latencyPages pages sent during the latency phase
 * @param p50Ms median latency from raw page produced to its outcome committed
 * @param p99Ms 99th percentile of the same
 * @param maxMs worst of the same
 * @param guarantee processing guarantee the run used
 * @param processorPagesPerSec the page pipeline alone (cleaning and extraction, one thread, no Kafka) on the
 *                             same pages: the share of the cost that is not the stream's
 * @param threads stream threads the run used
 * @param warmupPages pages pushed through both paths, untimed, before the measured phases
 * @param cpu where the process's CPU went during the pipeline phase (this process hosts the embedded broker
 *            too), or null when the JVM cannot tell
 * @param rawCpu the same during the broker-alone phase, or null
 */
public record BenchResult(int pages, double megabytes, double pagesPerSec, double mbPerSec, double rawPagesPerSec,
        double rawMbPerSec, double ratio, double latencyRate, int latencyPages, long p50Ms, long p99Ms, long maxMs,
        String guarantee, double processorPagesPerSec, int threads, int warmupPages, CpuAccount.Usage cpu,
        CpuAccount.Usage rawCpu) {

    /** One JSON object. */
    public String toJson() {
        return String.format(Locale.ROOT, "{\"pages\":%d,\"megabytes\":%.2f,\"pagesPerSec\":%.1f,\"mbPerSec\":%.3f,"
                + "\"rawPagesPerSec\":%.1f,\"rawMbPerSec\":%.3f,\"ratio\":%.4f,\"latencyRatePagesPerSec\":%.1f,"
                + "\"latencyPages\":%d,\"p50Ms\":%d,\"p99Ms\":%d,\"maxMs\":%d,\"guarantee\":\"%s\","
                + "\"processorPagesPerSec\":%.1f,\"threads\":%d,\"warmupPages\":%d%s%s}",
                pages, megabytes, pagesPerSec, mbPerSec, rawPagesPerSec, rawMbPerSec, ratio, latencyRate, latencyPages,
                p50Ms, p99Ms, maxMs, guarantee, processorPagesPerSec, threads, warmupPages,
                cpu == null ? "" : ",\"cpu\":" + cpu.toJson(), rawCpu == null ? "" : ",\"rawCpu\":" + rawCpu.toJson());
    }

    /** A few lines for people. */
    public String toText() {
        return String.format(Locale.ROOT, """
                pages            %d (%.2f MB), after %d warm-up pages
                pipeline         %.1f pages/s, %.3f MB/s  (%s, %d stream threads)
                  process CPU    %s
                broker alone     %.1f pages/s, %.3f MB/s  (produce + consume, same records)
                  process CPU    %s
                ratio            %.1f %% of the broker's throughput
                latency          p50 %d ms, p99 %d ms, max %d ms  (%d pages at %.1f pages/s, half the pipeline's maximum)
                page pipeline    %.1f pages/s alone (cleaning + extraction, one thread, no Kafka)
                """, pages, megabytes, warmupPages, pagesPerSec, mbPerSec, guarantee, threads, cpuText(cpu),
                rawPagesPerSec, rawMbPerSec, cpuText(rawCpu), ratio * 100,
                p50Ms, p99Ms, maxMs, latencyPages, latencyRate, processorPagesPerSec);
    }

    private static String cpuText(CpuAccount.Usage usage) {
        return usage == null ? "not measurable on this JVM" : usage.toText();
    }
}
