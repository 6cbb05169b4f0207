package dev.newsflow.crawl.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newsflow.crawl.discover.UrlNormalizer;
import dev.newsflow.crawl.fetch.FetchSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the site list (YAML; JSON is YAML too) described in modules/crawl/README.md. Unknown keys,
 * duplicate ids, malformed URLs, patterns and durations are errors naming the site and field, so a typo
 * never silently narrows a crawl.
 */
public final class SiteListLoader {

    private static final Pattern ADCODE = Pattern.compile("\\d{6}");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private final UrlNormalizer normalizer = new UrlNormalizer();

    public SiteList load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new SiteListException("cannot read site list " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    public SiteList parse(String text, String origin) {
        SiteListFile model;
        try {
            model = yaml.readValue(text, SiteListFile.class);
        } catch (JsonProcessingException e) {
            throw new SiteListException(origin + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        if (model == null) {
            throw new SiteListException(origin + ": empty site list");
        }
        CrawlSettings settings = settings(model.crawler() == null ? SiteListFile.Crawler.EMPTY : model.crawler());
        List<Site> sites = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<SiteListFile.SiteEntry> entries = model.sites() == null ? List.of() : model.sites();
        for (int i = 0; i < entries.size(); i++) {
            Site site = site(entries.get(i), i, settings);
            if (!ids.add(site.id())) {
                throw new SiteListException("site '" + site.id() + "' is listed twice");
            }
            sites.add(site);
        }
        if (sites.isEmpty()) {
            throw new SiteListException(origin + ": no sites listed");
        }
        return new SiteList(settings, sites);
    }

    private static CrawlSettings settings(SiteListFile.Crawler c) {
        CrawlSettings defaults = CrawlSettings.defaults();
        FetchSettings f = defaults.fetch();
        FetchSettings fetch = new FetchSettings(
                c.userAgent() == null ? f.userAgent() : c.userAgent(),
                duration(c.connectTimeout(), f.connectTimeout(), "crawler.connectTimeout"),
                duration(c.readTimeout(), f.readTimeout(), "crawler.readTimeout"),
                c.maxRedirects() == null ? f.maxRedirects() : c.maxRedirects(),
                c.maxBodyBytes() == null ? f.maxBodyBytes() : c.maxBodyBytes(),
                c.maxRetries() == null ? f.maxRetries() : c.maxRetries(),
                duration(c.retryBackoff(), f.retryBackoff(), "crawler.retryBackoff"),
                duration(c.maxRetryWait(), f.maxRetryWait(), "crawler.maxRetryWait"));
        try {
            return new CrawlSettings(fetch,
                    c.robotsAgent(),
                    duration(c.robotsTtl(), defaults.robotsTtl(), "crawler.robotsTtl"),
                    duration(c.politenessDelay(), defaults.politenessDelay(), "crawler.politenessDelay"),
                    duration(c.maxCrawlDelay(), defaults.maxCrawlDelay(), "crawler.maxCrawlDelay"),
                    c.maxConcurrency() == null ? defaults.maxConcurrency() : c.maxConcurrency(),
                    c.maxAttempts() == null ? defaults.maxAttempts() : c.maxAttempts(),
                    duration(c.retryDelay(), defaults.retryDelay(), "crawler.retryDelay"),
                    c.ssrfGuard() == null || c.ssrfGuard(),
                    c.allowHosts() == null ? Set.of() : Set.copyOf(c.allowHosts()));
        } catch (IllegalArgumentException e) {
            throw new SiteListException("crawler: " + e.getMessage(), e);
        }
    }

    private Site site(SiteListFile.SiteEntry entry, int index, CrawlSettings settings) {
        if (entry.id() == null || entry.id().isBlank()) {
            throw new SiteListException("sites[" + index + "]: id is required");
        }
        String where = "site '" + entry.id() + "'";
        List<String> seeds = urls(entry.seeds(), where + " seeds");
        List<String> feeds = urls(entry.feeds(), where + " feeds");
        List<String> sitemaps = urls(entry.sitemaps(), where + " sitemaps");
        if (seeds.isEmpty() && feeds.isEmpty() && sitemaps.isEmpty()) {
            throw new SiteListException(where + ": needs at least one seed, feed or sitemap");
        }
        if (entry.adcode() != null && !ADCODE.matcher(entry.adcode()).matches()) {
            throw new SiteListException(where + ": adcode must be a six-digit GB/T 2260 code, got '" + entry.adcode() + "'");
        }
        int depth = entry.depth() == null ? 1 : entry.depth();
        if (depth < 0) {
            throw new SiteListException(where + ": depth must be >= 0");
        }
        Duration interval = duration(entry.refetchInterval(), Duration.ofMinutes(30), where + " refetchInterval");
        Site draft = new Site(entry.id(), seeds, feeds, sitemaps, new UrlScope(List.of(), List.of(), Set.of()),
                depth, interval, entry.adcode(), entry.robotsSitemaps() == null || entry.robotsSitemaps());
        UrlScope scope = new UrlScope(patterns(entry.include(), where + " include"),
                patterns(entry.exclude(), where + " exclude"), draft.hosts());
        return new Site(entry.id(), seeds, feeds, sitemaps, scope, depth, interval, entry.adcode(),
                draft.robotsSitemaps());
    }

    private List<String> urls(List<String> raw, String where) {
        List<String> urls = new ArrayList<>();
        if (raw != null) {
            for (String url : raw) {
                urls.add(normalizer.normalize(url)
                        .orElseThrow(() -> new SiteListException(where + ": not an http(s) URL: '" + url + "'")));
            }
        }
        return urls;
    }

    private static List<Pattern> patterns(List<String> raw, String where) {
        List<Pattern> patterns = new ArrayList<>();
        if (raw != null) {
            for (String regex : raw) {
                try {
                    patterns.add(Pattern.compile(regex));
                } catch (PatternSyntaxException e) {
                    throw new SiteListException(where + ": bad pattern '" + regex + "': " + e.getDescription(), e);
                }
            }
        }
        return patterns;
    }

    private static Duration duration(String text, Duration fallback, String field) {
        return text == null ? fallback : DurationText.parse(text, field);
    }
}
