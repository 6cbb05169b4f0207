package dev.newsflow.stream.cli;

import dev.newsflow.contracts.QuarantinedPage;
import dev.newsflow.contracts.Removal;
import dev.newsflow.stream.quarantine.QuarantineArchive;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow quarantine}: audit the pages judged spam, and release false positives into the pipeline. */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = {"List the pages in quarantine (judged spam as a whole) with why, or release false positives:",
                "a released page goes back to raw-pages unchanged and is processed without the spam rules.",
                "  newsflow quarantine                         list them (latest verdict per URL)",
                "  newsflow quarantine --site example.gov.cn   those of one site",
                "  newsflow quarantine --show 0@12             one page's spam lines and rules in full",
                "  newsflow quarantine --release 0@12,2@40     release two of them (partition@offset, as listed)",
                "  newsflow quarantine --release-url https://example.gov.cn/a/1.html"})
public final class QuarantineCommand implements Callable<Integer> {

    /** Exit status when a page asked for is not in quarantine. */
    static final int NOT_FOUND = 3;

    private final Supplier<Properties> config;

    @Spec
    CommandSpec spec;

    @Option(names = "--site", description = "Only pages of this host.")
    String site;

    @ArgGroup(exclusive = true)
    Action action;

    static final class Action {
        @Option(names = "--show", paramLabel = "PARTITION@OFFSET", required = true,
                description = "Show one quarantined page with every spam line and the rule that fired.")
        String show;

        @Option(names = "--release", split = ",", paramLabel = "PARTITION@OFFSET", required = true,
                description = "Release these pages.")
        Set<String> ids;

        @Option(names = "--release-url", split = ",", paramLabel = "URL", required = true,
                description = "Release the pages with these URLs.")
        Set<String> urls;
    }

    public QuarantineCommand(Supplier<Properties> config) {
        this.config = config;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QuarantineArchive archive = new QuarantineArchive(ClusterAddress.of(config.get()));
        Predicate<QuarantineArchive.Entry> ofSite = e -> site == null || site.equalsIgnoreCase(e.page().getSite());
        if (action == null) {
            List<QuarantineArchive.Entry> entries = archive.list().stream().filter(ofSite).toList();
            entries.forEach(e -> out.println(summary(e)));
            out.println(entries.size() + " page(s) in quarantine");
            return 0;
        }
        if (action.show != null) {
            return archive.list().stream().filter(e -> e.id().equals(action.show)).findFirst()
                    .map(e -> {
                        show(out, e);
                        return 0;
                    })
                    .orElseGet(() -> {
                        out.println("not in quarantine: " + action.show);
                        return NOT_FOUND;
                    });
        }
        // Pages are asked for by id or by URL; the same name says which were released and which were not there.
        Function<QuarantineArchive.Entry, String> name = action.ids != null
                ? QuarantineArchive.Entry::id : QuarantineArchive.Entry::url;
        Set<String> asked = action.ids != null ? action.ids : action.urls;
        Set<String> found = new HashSet<>();
        for (QuarantineArchive.Entry e : archive.release(ofSite.and(entry -> asked.contains(name.apply(entry))))) {
            out.println("released " + e.id() + " " + e.url());
            found.add(name.apply(e));
        }
        int status = 0;
        for (String wanted : asked) {
            if (!found.contains(wanted)) {
                out.println("not in quarantine: " + wanted);
                status = NOT_FOUND;
            }
        }
        return status;
    }

    private static String summary(QuarantineArchive.Entry e) {
        QuarantinedPage p = e.page();
        List<Removal> reasons = p.getReasons();
        String why = reasons.isEmpty() ? "no reason recorded" : reasons.get(0).getRule()
                + (reasons.size() > 1 ? " (+" + (reasons.size() - 1) + " more)" : "");
        return String.format("%-9s %s  %s  %s  [%s]", e.id(), p.getQuarantinedAt(), e.url(),
                p.getTitle().isEmpty() ? "(no title)" : p.getTitle(), why);
    }

    private static void show(PrintWriter out, QuarantineArchive.Entry e) {
        QuarantinedPage p = e.page();
        out.println("id:            " + e.id());
        out.println("url:           " + e.url());
        out.println("site:          " + p.getSite());
        out.println("title:         " + (p.getTitle().isEmpty() ? "(none)" : p.getTitle()));
        out.println("charset:       " + p.getDetectedCharset());
        out.println("fetched:       " + p.getFetchedAt());
        out.println("quarantined:   " + p.getQuarantinedAt() + " by " + p.getApplication());
        out.println("spam lines:    " + p.getReasons().size());
        for (Removal r : p.getReasons()) {
            out.println("  [" + r.getRule() + "] " + r.getText());
        }
    }
}
