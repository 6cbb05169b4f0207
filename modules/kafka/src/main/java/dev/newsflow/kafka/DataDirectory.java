package dev.newsflow.kafka;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the processes on one machine keep local state (the embedded broker's log, Streams state, the
 * embedded store): {@code newsflow.data-dir}, else {@code <newsflow.home>/var}. One rule for every process,
 * so that a {@code stream} finds the broker a {@code broker} started; it lives in this module because every
 * process reads its configuration through it.
 */
public final class DataDirectory {

    /** The configuration key. */
    public static final String KEY = "newsflow.data-dir";

    private DataDirectory() {}

    public static Path of(Properties config) {
        String home = System.getProperty("newsflow.home", ".");
        return Path.of(config.getProperty(KEY, Path.of(home, "var").toString()));
    }
}
