package dev.newsflow.app;

import dev.newsflow.stream.cli.BenchCommand;
import dev.newsflow.stream.cli.DlqCommand;
import dev.newsflow.stream.cli.QuarantineCommand;
import dev.newsflow.stream.cli.StreamCommand;
import dev.newsflow.web.cli.ServeCommand;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code newsflow} command: each subcommand is one way to run a part of the pipeline. */
@Command(name = "newsflow",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns Chinese health-policy news pages into clean articles and health-reform events on Apache Kafka.",
        subcommands = {RunCommand.class, ProcessCommand.class, EvalCommand.class, CrawlCommand.class, SinkCommand.class,
                BrokerCommand.class, TopicsCommand.class})
public final class Newsflow implements Runnable {

    @CommandLine.Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests execute it in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Newsflow()).setCaseInsensitiveEnumValuesAllowed(true);
        // stage modules' commands take their configuration from a supplier: give each the shared options
        withConfig(cli, options -> new StreamCommand(options::load));
        withConfig(cli, options -> new DlqCommand(options::load));
        withConfig(cli, options -> new QuarantineCommand(options::load));
        withConfig(cli, options -> new BenchCommand(options::load));
        withConfig(cli, options -> new ServeCommand(options::load));
        cli.addSubcommand(new CommandLine.HelpCommand());
        return cli;
    }

    private static void withConfig(CommandLine cli, Function<ConfigOptions, Object> command) {
        ConfigOptions options = new ConfigOptions();
        CommandLine sub = new CommandLine(command.apply(options));
        sub.getCommandSpec().addMixin("config", CommandSpec.forAnnotatedObject(options));
        cli.addSubcommand(sub);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
