package dev.newsflow.web;

import java.util.Properties;

/**
 * Where the dashboard listens.
 *
 * @param bindAddress address to bind, {@value #DEFAULT_BIND_ADDRESS} by default: the server has no login,
 *     so reaching it from other machines (0.0.0.0, or behind a proxy that authenticates) is a deliberate choice
 * @param port TCP port, {@value #DEFAULT_PORT} by default; 0 picks a free one (tests)
 */
public record WebSettings(String bindAddress, int port) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public WebSettings {
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("newsflow.web.bind-address must not be empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("newsflow.web.port must be between 0 and 65535, was " + port);
        }
    }

    /** Reads {@code newsflow.web.bind-address} and {@code newsflow.web.port}. */
    public static WebSettings from(Properties config) {
        String port = config.getProperty("newsflow.web.port", Integer.toString(DEFAULT_PORT)).strip();
        try {
            return new WebSettings(config.getProperty("newsflow.web.bind-address", DEFAULT_BIND_ADDRESS).strip(),
                    Integer.parseInt(port));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("newsflow.web.port must be a number, was '" + port + "'", e);
        }
    }

    public WebSettings withPort(int newPort) {
        return new WebSettings(bindAddress, newPort);
    }

    public WebSettings withBindAddress(String newBindAddress) {
        return new WebSettings(newBindAddress, port);
    }
}
