package dev.newsflow.stream;

import dev.newsflow.stream.cli.StreamCommand;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code newsflow stream} in a JVM of its own, for tests that kill it: arguments are {@code key=value}
 * configuration entries.
 */
public final class StreamProcess {

    private StreamProcess() {}

    public static void main(String[] args) {
        Properties config = new Properties();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            config.setProperty(arg.substring(0, eq), arg.substring(eq + 1));
        }
        System.exit(new CommandLine(new StreamCommand(() -> config)).execute());
    }
}
