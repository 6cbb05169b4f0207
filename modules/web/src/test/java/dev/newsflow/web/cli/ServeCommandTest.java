package dev.newsflow.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.web.WebSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void optionsWinOverTheConfiguration() {
        Properties config = new Properties();
        config.setProperty("newsflow.web.port", "9000");
        ServeCommand command = new ServeCommand(() -> config);
        new CommandLine(command).parseArgs("--port", "9100", "--bind", "0.0.0.0");
        assertEquals(new WebSettings("0.0.0.0", 9100), command.webSettings(config));
    }

    @Test
    void theConfigurationAppliesWithoutOptions() {
        Properties config = new Properties();
        config.setProperty("newsflow.web.port", "9000");
        ServeCommand command = new ServeCommand(() -> config);
        new CommandLine(command).parseArgs();
        assertEquals(new WebSettings("127.0.0.1", 9000), command.webSettings(config));
    }

    @Test
    void helpNamesTheEndpoints() {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new ServeCommand(Properties::new));
        line.setOut(new PrintWriter(out));
        assertEquals(0, line.execute("--help"));
        assertTrue(out.toString().contains("/metrics"), out.toString());
        assertTrue(out.toString().contains("--port"), out.toString());
    }
}
