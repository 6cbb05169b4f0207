package dev.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NewsflowCommandTest {

    @Test
    void helpListsTheSubcommands() {
        CommandLine cli = Newsflow.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--help"));
        for (String sub : new String[] {"process", "crawl", "broker", "topics"}) {
            assertTrue(out.toString().contains(sub), out.toString());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        CommandLine cli = Newsflow.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, cli.execute("--no-such-option"));
    }
}
