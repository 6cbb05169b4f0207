package dev.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvalCommandTest {

    @Test
    void printsCleaningAndExtractionFiguresForALabelledFolder() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Newsflow.commandLine().execute("eval", "--misses", "../../eval/seeds"));
        } finally {
            System.setOut(original);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("TOTAL                            12/12       14/14     12/12   5/5       0       0     0"), report);
        assertTrue(report.contains("categories (micro)"), report);
        assertTrue(report.contains("region                                         1.000  5/5"), report);
    }
}
