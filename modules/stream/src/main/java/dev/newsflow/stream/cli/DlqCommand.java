package dev.newsflow.stream.cli;

import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.stream.dlq.DeadLetterArchive;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow dlq}: list dead letters, and replay chosen ones after a fix. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = {"List the dead-letter topic, or replay chosen dead letters to the topic they came from.",
                "  newsflow dlq                       list every dead letter",
                "  newsflow dlq --stage clean         list those of one stage",
                "  newsflow dlq --replay 0@12,2@40    replay two of them (partition@offset, as listed)",
                "  newsflow dlq --replay-all --stage deserialize"})
public final class DlqCommand implements Callable<Integer> {

    private final Supplier<Properties> config;

    @Option(names = "--stage", description = "Only dead letters of this stage (deserialize, clean, extract, dedup, produce...).")
    String stage;

    @ArgGroup(exclusive = true)
    Replay replay;

    static final class Replay {
        @Option(names = "--replay", split = ",", paramLabel = "PARTITION@OFFSET", required = true,
                description = "Replay these dead letters.")
        Set<String> ids;

        @Option(names = "--replay-all", required = true, description = "Replay every listed dead letter (with --stage: of that stage).")
        boolean all;
    }

    public DlqCommand(Supplier<Properties> config) {
        this.config = config;
    }

    @Override
    public Integer call() throws Exception {
        DeadLetterArchive archive = new DeadLetterArchive(ClusterAddress.of(config.get()));
        Predicate<DeadLetterArchive.Entry> filter = e -> stage == null || stage.equals(e.letter().getStage());
        if (replay == null) {
            List<DeadLetterArchive.Entry> entries = archive.list().stream().filter(filter).toList();
            for (DeadLetterArchive.Entry e : entries) {
                DeadLetter d = e.letter();
                System.out.printf("%-9s %-12s %s/%d@%d  key=%s  %s: %s%s%n", e.id(), d.getStage(), d.getTopic(),
                        d.getPartition(), d.getOffset(), e.key(), d.getErrorClass(), d.getErrorMessage(),
                        e.replayable() ? "" : "  [not replayable: bytes not kept]");
            }
            System.out.println(entries.size() + " dead letter(s)");
            return 0;
        }
        Predicate<DeadLetterArchive.Entry> chosen = replay.all ? filter : filter.and(e -> replay.ids.contains(e.id()));
        DeadLetterArchive.Replay result = archive.replay(chosen);
        for (DeadLetterArchive.Entry e : result.replayed()) {
            System.out.println("replayed " + e.id() + " to " + e.letter().getTopic());
        }
        for (DeadLetterArchive.Entry e : result.skipped()) {
            System.out.println("skipped  " + e.id() + ": its bytes were not kept; find them at " + e.letter().getTopic()
                    + "/" + e.letter().getPartition() + "@" + e.letter().getOffset());
        }
        if (!replay.all) {
            Set<String> found = result.replayed().stream().map(DeadLetterArchive.Entry::id).collect(Collectors.toSet());
            result.skipped().forEach(e -> found.add(e.id()));
            for (String id : replay.ids) {
                if (!found.contains(id)) {
                    System.out.println("not found " + id);
                }
            }
        }
        return result.skipped().isEmpty() ? 0 : 3;
    }
}
