package dev.newsflow.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command: each subcommand is one way to run a part of the pipeline. */
@Command(name = "newsflow",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns Chinese health-policy news pages into clean articles and health-reform events on Apache Kafka.",
        subcommands = {ProcessCommand.class, EvalCommand.class, CrawlCommand.class, SinkCommand.class, BrokerCommand.class, TopicsCommand.class,
                CommandLine.HelpCommand.class})
public final class Newsflow implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests execute it in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Newsflow()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
