package dev.newsflow.app;

import dev.newsflow.kafka.DataDirectory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * The configuration every run mode shares: a properties file ({@code --config}), then {@code -D}-style
 * overrides ({@code --set key=value}), then JVM system properties of the same keys. See
 * {@code deploy/newsflow.properties} for every key with its default.
 */
public final class ConfigOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (Java properties). Without one, everything runs embedded on this machine.")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one configuration key (repeatable).")
    Map<String, String> overrides = Map.of();

    /** The merged configuration. */
    public Properties load() {
        Properties config = new Properties();
        if (configFile != null) {
            try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                config.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read configuration file " + configFile + ": " + e.getMessage(), e);
            }
        }
        config.putAll(overrides);
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("kafka.") || key.startsWith("newsflow.") || key.startsWith("broker.")) {
                config.setProperty(key, System.getProperty(key));
            }
        }
        // resolved once here, so every stage puts its local state in the same place
        config.setProperty(DataDirectory.KEY, DataDirectory.of(config).toAbsolutePath().toString());
        return config;
    }
}
