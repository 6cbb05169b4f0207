package dev.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow process} against the published contract (docs/process-output.md). */
class ProcessCommandTest {

    private static final Path SEEDS = Path.of("../../eval/seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private List<JsonNode> run(String... args) throws Exception {
        String[] full = new String[args.length + 1];
        full[0] = "process";
        System.arraycopy(args, 0, full, 1, args.length);
        assertEquals(0, Newsflow.commandLine().execute(full), err.toString(StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void everyContractFieldIsThereForASeed() throws Exception {
        JsonNode line = run(SEEDS.resolve("000_07d498583403fd09.txt").toString()).get(0);
        for (String field : new String[] {"source", "error", "charset", "title", "publishedDate", "spam", "relevant",
                "region", "text", "removed", "repairs", "events"}) {
            assertTrue(line.has(field), "missing " + field + " in " + line);
        }
        assertTrue(line.get("error").isNull());
        assertEquals("酒泉市深化公立医院改革推动医疗卫生事业高质量发展", line.get("title").asText());
        assertEquals("2023-12-23", line.get("publishedDate").asText());
        assertEquals("620900", line.get("region").get("adcode").asText());
        assertTrue(line.get("relevant").asBoolean());
        for (String field : new String[] {"name", "province", "city", "county", "adcode"}) {
            assertTrue(line.get("region").has(field), field);
        }
        for (String field : new String[] {"convertedChars", "pinyinAnnotations", "mojibakeRepaired", "mojibakeUnrecoverable"}) {
            assertTrue(line.get("repairs").get(field).isInt(), field);
        }
        JsonNode removed = line.get("removed").get(0);
        assertTrue(removed.has("reason") && removed.has("text"));
        String text = line.get("text").asText();
        JsonNode event = line.get("events").get(0);
        for (String field : new String[] {"eventId", "category", "stage", "region", "date", "indicators", "evidence",
                "start", "end", "confidence"}) {
            assertTrue(event.has(field), "event lacks " + field);
        }
        assertEquals(event.get("evidence").asText(), text.substring(event.get("start").asInt(), event.get("end").asInt()),
                "evidence offsets point into the text");
    }

    @Test
    void aFolderIsProcessedInNameOrderAndIdsAreStable() throws Exception {
        List<JsonNode> first = run(SEEDS.toString());
        List<String> sources = first.stream().map(n -> n.get("source").asText()).toList();
        assertEquals(sources.stream().sorted().toList(), sources);
        assertTrue(sources.size() >= 5);
        out.reset();
        List<JsonNode> second = run(SEEDS.toString());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).get("events"), second.get(i).get("events"), "same article, same events and ids");
        }
    }

    @Test
    void oneBadFileNeverStopsTheRun(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("a-empty.html"), new byte[0]);
        byte[] junk = new byte[4096];
        new Random(1).nextBytes(junk);
        Path binary = Files.write(dir.resolve("b-binary.bin"), junk);
        Path good = Files.copy(SEEDS.resolve("004_46aa1d0b7b9cd7dc.txt"), dir.resolve("c-good.txt"));
        List<JsonNode> lines = run(empty.toString(), binary.toString(), dir.resolve("missing.html").toString(), good.toString());
        assertEquals(4, lines.size());
        for (int i = 0; i < 3; i++) {
            assertFalse(lines.get(i).get("error").isNull(), lines.get(i).toString());
            assertFalse(lines.get(i).get("error").asText().isBlank());
        }
        assertTrue(lines.get(3).get("error").isNull());
        assertEquals("320300", lines.get(3).get("region").get("adcode").asText());
    }

    @Test
    void urlStandsForTheFileAndMisuseExitsWithTwo() throws Exception {
        JsonNode line = run("--url", "https://news.example.cn/a.html", SEEDS.resolve("001_4c415700a10ab76f.txt").toString()).get(0);
        assertNotNull(line.get("articleId"));
        assertEquals("https://news.example.cn/a.html", line.get("url").asText());
        assertEquals(2, Newsflow.commandLine().execute("process", "--url", "https://x.cn/", SEEDS.toString()));
        assertEquals(2, Newsflow.commandLine().execute("process"));
    }
}
