package dev.newsflow.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class WebSettingsTest {

    @Test
    void defaultsToLoopbackOn8080() {
        assertEquals(new WebSettings("127.0.0.1", 8080), WebSettings.from(new Properties()));
    }

    @Test
    void readsTheConfigurationKeys() {
        Properties config = new Properties();
        config.setProperty("newsflow.web.port", " 9000 ");
        config.setProperty("newsflow.web.bind-address", "0.0.0.0");
        assertEquals(new WebSettings("0.0.0.0", 9000), WebSettings.from(config));
    }

    @Test
    void badValuesAreClearErrors() {
        Properties config = new Properties();
        config.setProperty("newsflow.web.port", "eighty");
        IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class, () -> WebSettings.from(config));
        assertTrue(notANumber.getMessage().contains("newsflow.web.port"), notANumber.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WebSettings("127.0.0.1", 70_000));
        assertThrows(IllegalArgumentException.class, () -> new WebSettings(" ", 8080));
    }
}
