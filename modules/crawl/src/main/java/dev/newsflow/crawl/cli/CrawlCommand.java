package dev.newsflow.crawl.cli;

import dev.newsflow.crawl.CrawlSummary;
import dev.newsflow.crawl.Crawler;
import dev.newsflow.crawl.DryRun;
import dev.newsflow.crawl.kafka.CrawlTopics;
import dev.newsflow.crawl.kafka.KafkaFrontierStore;
import dev.newsflow.crawl.kafka.KafkaPagePublisher;
import dev.newsflow.crawl.site.CrawlSettings;
import dev.newsflow.crawl.site.SiteList;
import dev.newsflow.crawl.site.SiteListException;
import dev.newsflow.crawl.site.SiteListLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsflow crawl}: crawls the sites of a site file into Kafka, or, with {@code --dry-run}, fetches
 * once and prints a JSON line per URL without Kafka. Exit codes: 0 done, 1 crawl ended with errors only,
 * 2 bad configuration.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Crawl the sites of a site file and publish each page as a RawPage to raw-pages.",
                "With --dry-run: fetch once without Kafka and print one JSON line per fetched or refused URL."})
public final class CrawlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--sites"}, paramLabel = "FILE", description = "Site list (YAML/JSON, see modules/crawl/README.md).")
    Path siteFile;

    @Option(names = "--dry-run", description = "Fetch once, print JSON lines, publish nothing, keep no state.")
    boolean dryRun;

    @Option(names = "--allow-host", paramLabel = "HOST",
            description = "Let the address guard through for this host or address literal (repeatable).")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--max-pages", paramLabel = "N", description = "Stop after N URLs (dry run; 0 = no limit, default ${DEFAULT-VALUE}).",
            defaultValue = "100")
    long maxPages;

    @Option(names = "--depth", paramLabel = "N", description = "Link-follow depth for URLs given on the command line (default ${DEFAULT-VALUE}).",
            defaultValue = "1")
    int depth;

    @Option(names = "--delay", paramLabel = "DURATION",
            description = "Politeness delay per host for URLs given on the command line, ISO-8601 (default PT3S).")
    Duration delay;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Kafka client properties (bootstrap.servers, security...) for a real crawl.")
    Path kafkaConfig;

    @Option(names = "--group-id", paramLabel = "ID", defaultValue = "newsflow-crawl",
            description = "Consumer group the crawler instances share (default ${DEFAULT-VALUE}).")
    String groupId;

    @Parameters(paramLabel = "URL", arity = "0..*", description = "Pages, feeds or sitemaps to dry-run without a site file.")
    List<String> urls = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            if (dryRun) {
                return dryRun(out);
            }
            if (siteFile == null) {
                err.println("crawl: a site file (--sites) is required unless --dry-run is given");
                return 2;
            }
            return crawl(err);
        } catch (SiteListException | IllegalArgumentException e) {
            err.println("crawl: " + e.getMessage());
            return 2;
        }
    }

    private int dryRun(PrintStream out) throws InterruptedException {
        DryRun run = new DryRun(out);
        CrawlSummary summary;
        if (siteFile != null) {
            SiteList list = new SiteListLoader().load(siteFile);
            summary = run.run(new SiteList(list.settings().withAllowHosts(union(list.settings().allowHosts())),
                    list.sites()), maxPages);
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

    private int crawl(PrintStream err) throws IOException, InterruptedException {
        SiteList list = new SiteListLoader().load(siteFile);
        SiteList effective = new SiteList(list.settings().withAllowHosts(union(list.settings().allowHosts())), list.sites());
        Properties client = kafkaProperties();
        Properties consumer = new Properties();
        consumer.putAll(client);
        consumer.putIfAbsent("group.id", groupId);
        Crawler crawler = Crawler.builder()
                .siteList(effective)
                .frontierStore(new KafkaFrontierStore(client, consumer, CrawlTopics.CRAWL_STATE))
                .publisher(new KafkaPagePublisher(client, CrawlTopics.RAW_PAGES, Duration.ofSeconds(60)))
                .build();
        Thread shutdown = new Thread(crawler::close, "crawl-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            CrawlSummary summary = crawler.run();
            err.printf("crawl stopped: %d URLs, %d answered, %d refused, %d failed%n",
                    summary.urls(), summary.answered(), summary.refused(), summary.failed());
            return 0;
        } catch (KafkaException e) {
            err.println("crawl: Kafka: " + e.getMessage());
            return 1;
        } finally {
            crawler.close();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdown);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: it closed the crawler
            }
        }
    }

    private Properties kafkaProperties() throws IOException {
        Properties props = new Properties();
        if (kafkaConfig == null) {
            throw new IllegalArgumentException("a real crawl needs --kafka-config with at least bootstrap.servers");
        }
        try (InputStream in = Files.newInputStream(kafkaConfig)) {
            props.load(in);
        }
        if (!props.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException(kafkaConfig + " does not set bootstrap.servers");
        }
        return props;
    }

    private Set<String> union(Set<String> configured) {
        Set<String> all = new HashSet<>(configured);
        all.addAll(allowHosts);
        return all;
    }
}
