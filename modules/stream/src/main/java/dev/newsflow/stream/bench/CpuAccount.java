package dev.newsflow.stream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where this process's CPU time went between two moments, by kind of thread: the stream threads, the Kafka
 * clients' I/O threads, the embedded broker (with any other Java thread), the benchmark's own driver, and the
 * JVM's internal threads (JIT compilers, garbage collector), which the thread API does not list: the process
 * total minus every live Java thread. It says whether a throughput figure is bounded by the machine's cores,
 * and by whose work.
 */
public final class CpuAccount {

    /** Kinds of threads, as reported. */
    public enum Kind {
        STREAM_THREADS("streamThreads"),
        CLIENT_IO("clientIo"),
        BROKER_AND_OTHER("brokerAndOther"),
        BENCH_DRIVER("benchDriver"),
        JVM_INTERNAL("jvmInternal");

        private final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }

        String jsonName() {
            return jsonName;
        }
    }

    /** Kafka Streams names its processing threads {@code <client id>-StreamThread-<n>}. */
    private static final Pattern STREAM_THREAD = Pattern.compile(".*-StreamThread-\\d+");
    /** Producer and consumer network threads, group heartbeats and the consumer's background thread. */
    private static final Pattern CLIENT_IO = Pattern.compile(
            "kafka-producer-network-thread.*|kafka-coordinator-heartbeat-thread.*|consumer_background_thread.*|.*-StreamThread-\\d+-.*");

    /** CPU seconds per kind over the interval, the wall seconds it lasted, and the cores available. */
    public record Usage(Map<Kind, Double> cpuSeconds, double wallSeconds, int cores) {

        public double total() {
            return cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** Average cores busy with this process over the interval. */
        public double coresBusy() {
            return wallSeconds <= 0 ? 0 : total() / wallSeconds;
        }

        public double share(Kind kind) {
            double total = total();
            return total <= 0 ? 0 : cpuSeconds.getOrDefault(kind, 0.0) / total;
        }

        public String toJson() {
            StringBuilder json = new StringBuilder(String.format(Locale.ROOT, "{\"coresBusy\":%.2f,\"cores\":%d", coresBusy(), cores));
            for (Kind kind : Kind.values()) {
                json.append(String.format(Locale.ROOT, ",\"%s\":%.3f", kind.jsonName(), share(kind)));
            }
            return json.append('}').toString();
        }

        public String toText() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.2f of %d cores busy:", coresBusy(), cores));
            for (Kind kind : Kind.values()) {
                text.append(String.format(Locale.ROOT, " %s %.0f %%", kind.jsonName(), 100 * share(kind)));
            }
            return text.toString();
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean supported;
    private final long startWall;
    private final long startProcess;
    private final Map<Long, Long> startByThread;

    private CpuAccount() {
        this.supported = supported();
        this.startWall = System.nanoTime();
        this.startProcess = supported ? processCpuNanos() : 0;
        this.startByThread = supported ? threadCpuNanos(null) : Map.of();
    }

    /** Starts counting now. */
    static CpuAccount start() {
        return new CpuAccount();
    }

    /** Whether the JVM can tell (thread CPU time measured and enabled, and the process total). */
    static boolean supported() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled() && processCpuNanos() >= 0;
    }

    /** The usage since {@link #start()}, or null when the JVM cannot tell ({@link #supported()}). */
    Usage stop() {
        if (!supported) {
            return null;
        }
        double wall = (System.nanoTime() - startWall) / 1e9;
        long process = processCpuNanos() - startProcess;
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> now = threadCpuNanos(names);
        Map<Kind, Double> seconds = new EnumMap<>(Kind.class);
        long javaThreads = 0;
        for (Map.Entry<Long, Long> entry : now.entrySet()) {
            // a thread started during the interval counts from zero
            long used = Math.max(0, entry.getValue() - startByThread.getOrDefault(entry.getKey(), 0L));
            javaThreads += used;
            seconds.merge(kindOf(names.get(entry.getKey())), used / 1e9, Double::sum);
        }
        // Threads that ended during the interval are in the process total only, so they count as the JVM's own:
        // measure spans during which the clients stay open.
        seconds.merge(Kind.JVM_INTERNAL, Math.max(0, process - javaThreads) / 1e9, Double::sum);
        return new Usage(seconds, wall, Runtime.getRuntime().availableProcessors());
    }

    static Kind kindOf(String threadName) {
        if (threadName == null) {
            return Kind.BROKER_AND_OTHER;
        }
        if (STREAM_THREAD.matcher(threadName).matches()) {
            return Kind.STREAM_THREADS;
        }
        if (CLIENT_IO.matcher(threadName).matches()) {
            return Kind.CLIENT_IO;
        }
        if (threadName.equals("main")) {
            return Kind.BENCH_DRIVER;
        }
        return Kind.BROKER_AND_OTHER; // the embedded broker's request handlers, network threads and coordinators
    }

    private Map<Long, Long> threadCpuNanos(Map<Long, String> names) {
        Map<Long, Long> cpu = new HashMap<>();
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = names == null ? null : threads.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            long nanos = threads.getThreadCpuTime(ids[i]);
            if (nanos >= 0) {
                cpu.put(ids[i], nanos);
                if (infos != null && infos[i] != null) {
                    names.put(ids[i], infos[i].getThreadName());
                }
            }
        }
        return cpu;
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }
}
