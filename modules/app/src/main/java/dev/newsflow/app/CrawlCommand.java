package dev.newsflow.app;

import dev.newsflow.crawl.CrawlSummary;
import dev.newsflow.crawl.Crawler;
import dev.newsflow.crawl.DryRun;
import dev.newsflow.crawl.frontier.FrontierStoreException;
import dev.newsflow.crawl.kafka.KafkaFrontierStore;
import dev.newsflow.crawl.kafka.KafkaPagePublisher;
import dev.newsflow.crawl.site.CrawlSettings;
import dev.newsflow.crawl.site.SiteList;
import dev.newsflow.crawl.site.SiteListException;
import dev.newsflow.crawl.site.SiteListLoader;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topics;
import dev.newsflow.ops.HealthCheck;
import dev.newsflow.ops.HealthResult;
import dev.newsflow.ops.OperationsEndpoint;
import dev.newsflow.ops.OperationsOptions;
import dev.newsflow.stream.runtime.KafkaConnection;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow crawl}: crawls the sites of a site file into Kafka, or, with {@code --dry-run}, fetches
 * once and prints a JSON line per URL without Kafka. Exit codes: 0 done, 1 nothing answered or a Kafka
 * error, 2 bad configuration.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Crawl the sites of a site file and publish each page as a RawPage to raw-pages.",
                "With --dry-run: fetch without Kafka and print one JSON line per fetched or refused URL.",
                "Site-file format: modules/crawl/README.md."})
final class CrawlCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Option(names = {"-s", "--sites"}, paramLabel = "FILE", description = "Site list (YAML or JSON).")
    Path siteFile;

    @Option(names = "--dry-run", description = "Fetch once, print JSON lines, publish nothing, keep no state.")
    boolean dryRun;

    @Option(names = "--allow-host", paramLabel = "HOST",
            description = "Let the address guard through for this host or address literal (repeatable).")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "100",
            description = "Dry run: stop after N URLs (0 = no limit; default ${DEFAULT-VALUE}).")
    long maxPages;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "Link-follow depth for URLs given on the command line (default ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--delay", paramLabel = "DURATION",
            description = "Politeness delay per host for URLs given on the command line, ISO-8601 (default PT3S).")
    Duration delay;

    @Option(names = "--group-id", paramLabel = "ID", defaultValue = "newsflow-crawl",
            description = "Consumer group the crawler instances share; they split the hosts between them (default ${DEFAULT-VALUE}).")
    String groupId;

    /** The crawler's per-host metrics (pages, errors, bytes, latency, last success) and its health. */
    @Mixin
    OperationsOptions operations;

    @Parameters(paramLabel = "URL", arity = "0..*", description = "Dry run without a site file: pages, feeds or sitemaps to start from.")
    List<String> urls = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try {
            if (dryRun) {
                return dryRun(System.out);
            }
            if (siteFile == null) {
                System.err.println("crawl: a site file (--sites) is required unless --dry-run is given");
                return 2;
            }
            return crawl();
        } catch (SiteListException | IllegalArgumentException e) {
            System.err.println("crawl: " + e.getMessage());
            return 2;
        }
    }

    private int dryRun(PrintStream out) throws InterruptedException {
        DryRun run = new DryRun(out);
        CrawlSummary summary;
        if (siteFile != null) {
            summary = run.run(withAllowedHosts(new SiteListLoader().load(siteFile)), maxPages);
        } else {
            if (urls.isEmpty()) {
                throw new IllegalArgumentException("give a site file (--sites) or at least one URL");
            }
            CrawlSettings settings = CrawlSettings.defaults().withAllowHosts(union(Set.of()));
            if (delay != null) {
                settings = settings.withPolitenessDelay(delay);
            }
            summary = run.run(urls, settings, depth, maxPages);
        }
        System.err.printf("crawl: %d URLs, %d answered, %d refused, %d failed%n",
                summary.urls(), summary.answered(), summary.refused(), summary.failed());
        return summary.urls() > 0 && summary.answered() == 0 ? 1 : 0;
    }

    private int crawl() throws InterruptedException {
        SiteList sites = withAllowedHosts(new SiteListLoader().load(siteFile));
        try (KafkaConnection kafka = KafkaConnection.open(config.load());
                OperationsEndpoint metrics = operations.startIfAsked("crawl")) {
            Crawler.Builder builder = crawler(sites, kafka.settings(), groupId);
            AtomicBoolean crawling = new AtomicBoolean();
            if (metrics != null) {
                builder.meterRegistry(metrics.registry());
                metrics.readiness(HealthCheck.of("crawler", () -> crawling.get() ? HealthResult.up("crawling")
                        : HealthResult.down("starting")));
            }
            try (Crawler crawler = builder.build()) {
                Thread shutdown = new Thread(crawler::close, "crawl-shutdown");
                Runtime.getRuntime().addShutdownHook(shutdown);
                crawling.set(true);
                CrawlSummary summary = crawler.run();
                System.err.printf("crawl stopped: %d URLs, %d answered, %d refused, %d failed%n",
                        summary.urls(), summary.answered(), summary.refused(), summary.failed());
                removeHook(shutdown);
                return 0;
            }
        } catch (KafkaException e) {
            System.err.println("crawl: Kafka: " + e.getMessage());
            return 1;
        } catch (FrontierStoreException e) {
            // the frontier could not be saved: stop rather than forget; a restart redoes the lost work
            System.err.println("crawl: " + e.getMessage());
            return 1;
        }
    }

    /** A crawler on the project's topics, ready to build; {@code newsflow run} adds its metrics and listener. */
    static Crawler.Builder crawler(SiteList sites, KafkaSettings kafka, String groupId) {
        return Crawler.builder()
                .siteList(sites)
                .frontierStore(new KafkaFrontierStore(kafka.producer(groupId + "-state"), kafka.consumer(groupId),
                        Topics.CRAWL_STATE.name()))
                .publisher(new KafkaPagePublisher(kafka.producer(groupId + "-pages"), Topics.RAW_PAGES.name(),
                        Duration.ofSeconds(60)));
    }

    private SiteList withAllowedHosts(SiteList list) {
        return new SiteList(list.settings().withAllowHosts(union(list.settings().allowHosts())), list.sites());
    }

    private Set<String> union(Set<String> configured) {
        Set<String> all = new HashSet<>(configured);
        all.addAll(allowHosts);
        return all;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it closed the crawler
        }
    }
}
