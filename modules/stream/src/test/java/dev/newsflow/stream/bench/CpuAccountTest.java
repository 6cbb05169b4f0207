package dev.newsflow.stream.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.stream.bench.CpuAccount.Kind;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class CpuAccountTest {

    @Test
    void threadsAreSortedByTheirKafkaNames() {
        assertEquals(Kind.STREAM_THREADS, CpuAccount.kindOf("newsflow-bench-3f2a-StreamThread-2"));
        assertEquals(Kind.CLIENT_IO, CpuAccount.kindOf("kafka-producer-network-thread | newsflow-bench-3f2a-StreamThread-2-producer"));
        assertEquals(Kind.CLIENT_IO, CpuAccount.kindOf("kafka-coordinator-heartbeat-thread | newsflow-bench-watcher"));
        assertEquals(Kind.BROKER_AND_OTHER, CpuAccount.kindOf("data-plane-kafka-request-handler-3"));
        assertEquals(Kind.BROKER_AND_OTHER, CpuAccount.kindOf("group-coordinator-event-processor-0"));
        assertEquals(Kind.BENCH_DRIVER, CpuAccount.kindOf("main"));
    }

    @Test
    void workOnAStreamThreadIsCountedAsTheStreamThreads() throws Exception {
        assumeTrue(CpuAccount.supported(), "this JVM does not measure thread CPU time");
        CpuAccount account = CpuAccount.start();
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch counted = new CountDownLatch(1);
        // the thread outlives the interval, as stream threads do: the thread API only sees live threads
        Thread worker = new Thread(() -> {
            spin();
            spun.countDown();
            awaitQuietly(counted);
        }, "app-StreamThread-1");
        worker.start();
        spun.await();
        CpuAccount.Usage usage = account.stop();
        counted.countDown();
        worker.join();

        assertTrue(usage.cpuSeconds().get(Kind.STREAM_THREADS) > 0, usage.toText());
        double shares = 0;
        for (Kind kind : Kind.values()) {
            shares += usage.share(kind);
        }
        assertEquals(1.0, shares, 1e-9);
        JsonNode json = new ObjectMapper().readTree(usage.toJson());
        assertEquals(usage.share(Kind.STREAM_THREADS), json.get("streamThreads").asDouble(), 0.001);
        assertEquals(Runtime.getRuntime().availableProcessors(), json.get("cores").asInt());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Work the thread's CPU clock can see: a hash chain long enough to take a few milliseconds. */
    private static void spin() {
        long h = 1;
        for (int i = 0; i < 20_000_000; i++) {
            h = h * 31 + i;
        }
        if (h == 42) {
            System.out.println(h); // keeps the loop from being optimized away
        }
    }
}
