package dev.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.sink.store.StoreConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SinkSettingsTest {

    @Test
    void defaultsToAnSqliteFileInTheDataDir() {
        Properties config = new Properties();
        config.setProperty("newsflow.data-dir", "/srv/newsflow/var");
        SinkSettings settings = SinkSettings.from(config);
        assertEquals("jdbc:sqlite:" + Path.of("/srv/newsflow/var", "newsflow.db"), settings.store().url());
        assertNull(settings.store().user());
        assertEquals("newsflow-sink", settings.groupId());
        assertEquals(500, settings.batchSize());
        assertEquals(Duration.ofMillis(500), settings.initialBackoff());
        assertEquals(Duration.ofSeconds(30), settings.maxBackoff());
        assertTrue(settings.countDeadLetters());
    }

    @Test
    void readsEveryKey() {
        Properties config = new Properties();
        config.setProperty("newsflow.store.url", "jdbc:postgresql://db:5432/newsflow?password=secret");
        config.setProperty("newsflow.store.user", "sink");
        config.setProperty("newsflow.store.password", "pw");
        config.setProperty("newsflow.store.pool-size", "2");
        config.setProperty("newsflow.store.connect-timeout-ms", "3000");
        config.setProperty("newsflow.sink.group-id", "sink-b");
        config.setProperty("newsflow.sink.batch-size", "50");
        config.setProperty("newsflow.sink.poll-timeout-ms", "250");
        config.setProperty("newsflow.sink.retry.initial-backoff-ms", "100");
        config.setProperty("newsflow.sink.retry.max-backoff-ms", "1000");
        config.setProperty("newsflow.sink.dead-letters", "false");
        SinkSettings settings = SinkSettings.from(config);
        StoreConfig store = settings.store();
        assertEquals("sink", store.user());
        assertEquals("pw", store.password());
        assertEquals(2, store.poolSize());
        assertEquals(Duration.ofSeconds(3), store.connectTimeout());
        assertEquals("jdbc:postgresql://db:5432/newsflow?password=***", store.redactedUrl());
        assertEquals(new SinkSettings(store, "sink-b", 50, Duration.ofMillis(250), Duration.ofMillis(100),
                Duration.ofMillis(1000), false), settings);
    }

    @Test
    void badValuesAreNamedInTheError() {
        Properties config = new Properties();
        config.setProperty("newsflow.sink.batch-size", "many");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> SinkSettings.from(config));
        assertTrue(error.getMessage().contains("newsflow.sink.batch-size"));

        config.setProperty("newsflow.sink.batch-size", "0");
        assertThrows(IllegalArgumentException.class, () -> SinkSettings.from(config));

        Properties backoff = new Properties();
        backoff.setProperty("newsflow.sink.retry.initial-backoff-ms", "5000");
        backoff.setProperty("newsflow.sink.retry.max-backoff-ms", "1000");
        assertThrows(IllegalArgumentException.class, () -> SinkSettings.from(backoff));
    }
}
