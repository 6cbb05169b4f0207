package dev.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigOptionsTest {

    @Test
    void singleKeysOverrideTheFileAndTheDataDirIsResolvedOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("newsflow.properties");
        Files.writeString(file, "newsflow.store.url=jdbc:postgresql://db/newsflow\nnewsflow.sink.batch-size=100\n"
                + "kafka.security.protocol=SASL_SSL\nnewsflow.data-dir=" + dir.resolve("state") + "\n", StandardCharsets.UTF_8);
        ConfigOptions options = new ConfigOptions();
        new CommandLine(options).parseArgs("--config", file.toString(), "--set", "newsflow.sink.batch-size=20");
        Properties config = options.load();
        assertEquals("jdbc:postgresql://db/newsflow", config.getProperty("newsflow.store.url"));
        assertEquals("20", config.getProperty("newsflow.sink.batch-size"));
        assertEquals("SASL_SSL", config.getProperty("kafka.security.protocol"));
        assertEquals(dir.resolve("state").toAbsolutePath().toString(), config.getProperty("newsflow.data-dir"));
    }

    @Test
    void withoutConfigurationStateGoesUnderTheHome() {
        Properties config = new ConfigOptions().load();
        assertTrue(Path.of(config.getProperty("newsflow.data-dir")).isAbsolute());
        assertTrue(config.getProperty("newsflow.data-dir").endsWith("var"));
    }
}
