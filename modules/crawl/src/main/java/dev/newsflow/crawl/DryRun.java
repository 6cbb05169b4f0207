package dev.newsflow.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.crawl.discover.UrlNormalizer;
import dev.newsflow.crawl.frontier.EphemeralFrontierStore;
import dev.newsflow.crawl.guard.HostResolver;
import dev.newsflow.crawl.site.CrawlSettings;
import dev.newsflow.crawl.site.SiteList;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One crawl pass without Kafka, printing a JSON line per URL fetched or refused, so an operator can check
 * a site configuration (or a few URLs) before crawling for real. Nothing is published and no state is kept.
 */
public final class DryRun {

    private final PrintStream out;
    private final HostResolver resolver;
    private final ObjectMapper json = new ObjectMapper();

    public DryRun(PrintStream out) {
        this(out, HostResolver.system());
    }

    public DryRun(PrintStream out, HostResolver resolver) {
        this.out = out;
        this.resolver = resolver;
    }

    /** Crawls the site list once; stops after {@code maxUrls} URLs when it is positive. */
    public CrawlSummary run(SiteList siteList, long maxUrls) throws InterruptedException {
        try (Crawler crawler = base(siteList.settings(), maxUrls).siteList(siteList).build()) {
            return crawler.run();
        }
    }

    /**
     * Crawls the given URLs (pages, feeds or sitemaps, recognised by content) with the settings, following
     * links on their hosts to the depth. URLs that are not http(s) are reported and skipped.
     */
    public CrawlSummary run(List<String> urls, CrawlSettings settings, int depth, long maxUrls)
            throws InterruptedException {
        UrlNormalizer normalizer = new UrlNormalizer();
        List<String> accepted = new ArrayList<>();
        long rejected = 0;
        for (String url : urls) {
            Optional<String> normalized = normalizer.normalize(url);
            if (normalized.isPresent()) {
                accepted.add(normalized.get());
            } else {
                rejected++;
                print(new CrawlEvent(url, null, 0, 0, null, "seed", null, false, null, "not an http(s) URL", 0));
            }
        }
        if (accepted.isEmpty()) {
            return new CrawlSummary(rejected, 0, 0, rejected);
        }
        try (Crawler crawler = base(settings, maxUrls).settings(settings).adHocUrls(accepted, depth).build()) {
            CrawlSummary summary = crawler.run();
            return new CrawlSummary(summary.urls() + rejected, summary.answered(), summary.refused(),
                    summary.failed() + rejected);
        }
    }

    private Crawler.Builder base(CrawlSettings settings, long maxUrls) {
        return Crawler.builder()
                .settings(settings)
                .frontierStore(new EphemeralFrontierStore())
                .listener(this::print)
                .resolver(resolver)
                .oneShot(true)
                .maxUrls(maxUrls);
    }

    private void print(CrawlEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("url", event.url());
        line.put("finalUrl", event.finalUrl());
        line.put("status", event.status());
        line.put("bytes", event.bytes());
        line.put("charset", event.charset());
        line.put("source", event.source());
        line.put("kind", event.kind());
        line.put("truncated", event.truncated());
        line.put("discovered", event.discovered());
        if (event.refused() != null) {
            line.put("refused", event.refused());
        }
        if (event.error() != null) {
            line.put("error", event.error());
        }
        String text;
        try {
            text = json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (out) {
            out.println(text);
        }
    }
}
