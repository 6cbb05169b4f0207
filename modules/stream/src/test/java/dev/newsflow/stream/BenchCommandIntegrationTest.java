package dev.newsflow.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.stream.cli.BenchCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code newsflow bench --json} end to end on a few pages: its own embedded broker, every phase, one JSON object
 * with the fields other tools read. Only the shape and the accounting are checked: timings are never asserted.
 */
class BenchCommandIntegrationTest {

    @Test
    void printsOneJsonObjectWithTheMeasuredFields() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new BenchCommand(Properties::new)).execute("--json", "-n", "60", "--warmup-pages", "20",
                    "--latency-seconds", "2", "--eval-dir", Corpus.EVAL.toString());
        } finally {
            System.setOut(original);
        }
        assertEquals(0, exit);
        String json = out.toString(StandardCharsets.UTF_8).strip();
        JsonNode result = new ObjectMapper().readTree(json);
        assertEquals(60, result.get("pages").asInt());
        assertEquals(20, result.get("warmupPages").asInt());
        for (String field : new String[] {"pagesPerSec", "mbPerSec", "rawPagesPerSec", "ratio", "megabytes"}) {
            assertTrue(result.get(field).asDouble() > 0, field + " in " + json);
        }
        assertTrue(result.get("p50Ms").asLong() <= result.get("p99Ms").asLong(), json);
        assertTrue(result.get("p99Ms").asLong() <= result.get("maxMs").asLong(), json);
        assertEquals("exactly_once_v2", result.get("guarantee").asText());
        JsonNode cpu = result.get("cpu");
        assumeTrue(cpu != null, "this JVM does not measure thread CPU time: " + json);
        assertTrue(cpu.get("coresBusy").asDouble() > 0, json);
        assertTrue(cpu.get("streamThreads").asDouble() > 0, "the stream threads did the pipeline's work: " + json);
        double shares = 0;
        for (String kind : new String[] {"streamThreads", "clientIo", "brokerAndOther", "benchDriver", "jvmInternal"}) {
            shares += cpu.get(kind).asDouble();
        }
        assertEquals(1.0, shares, 0.01, "every CPU second is someone's: " + json);
        assertTrue(result.get("rawCpu").get("coresBusy").asDouble() > 0, json);
    }
}
