package dev.newsflow.crawl;

import dev.newsflow.contracts.CrawlSource;
import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.UrlKind;
import dev.newsflow.contracts.UrlStatus;
import dev.newsflow.crawl.discover.DiscoveryException;
import dev.newsflow.crawl.discover.DocumentKind;
import dev.newsflow.crawl.discover.FeedReader;
import dev.newsflow.crawl.discover.LinkExtractor;
import dev.newsflow.crawl.discover.SitemapContent;
import dev.newsflow.crawl.discover.SitemapReader;
import dev.newsflow.crawl.discover.UrlNormalizer;
import dev.newsflow.crawl.fetch.FetchFailure;
import dev.newsflow.crawl.fetch.FetchResult;
import dev.newsflow.crawl.fetch.HttpFetcher;
import dev.newsflow.crawl.fetch.Sleeper;
import dev.newsflow.crawl.fetch.Validators;
import dev.newsflow.crawl.politeness.PolitenessPolicy;
import dev.newsflow.crawl.robots.HostRules;
import dev.newsflow.crawl.robots.RobotsCache;
import dev.newsflow.crawl.site.CrawlSettings;
import dev.newsflow.crawl.site.Site;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deals with one due URL: robots.txt, the fetch, publishing the page, finding new URLs in it, and the
 * URL's next state. Runs on a fetch thread while the frontier holds the host's slot.
 */
final class UrlProcessor {

    /** The outcome of one URL: its new state, URLs it led to, and how long its host rests now. */
    record Processed(CrawlState updated, List<CrawlState> discovered, Duration rest) {}

    private static final Logger LOG = LoggerFactory.getLogger(UrlProcessor.class);

    private final CrawlSettings settings;
    private final HttpFetcher fetcher;
    private final RobotsCache robots;
    private final PolitenessPolicy politeness;
    private final SiteDirectory sites;
    private final PagePublisher publisher;
    private final CrawlMetrics metrics;
    private final CrawlListener listener;
    private final Clock clock;
    private final Sleeper sleeper;
    private final boolean oneShot;
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final LinkExtractor links = new LinkExtractor(normalizer);
    private final FeedReader feeds = new FeedReader(normalizer);
    private final SitemapReader sitemaps = new SitemapReader(normalizer);

    UrlProcessor(CrawlSettings settings, HttpFetcher fetcher, RobotsCache robots, SiteDirectory sites,
                 PagePublisher publisher, CrawlMetrics metrics, CrawlListener listener, Clock clock, Sleeper sleeper,
                 boolean oneShot) {
        this.settings = settings;
        this.fetcher = fetcher;
        this.robots = robots;
        this.politeness = new PolitenessPolicy(settings.politenessDelay(), settings.maxCrawlDelay());
        this.sites = sites;
        this.publisher = publisher;
        this.metrics = metrics;
        this.listener = listener;
        this.clock = clock;
        this.sleeper = sleeper;
        this.oneShot = oneShot;
    }

    Processed process(CrawlState state) throws InterruptedException {
        if (state.getSite() != null && !sites.lists(state.getSite())) {
            String why = "site '" + state.getSite() + "' is no longer in the site list";
            report(state, null, null, why, null, 0);
            return new Processed(next(state, UrlStatus.REFUSED, null).setLastError(why).build(), List.of(), Duration.ZERO);
        }
        Site site = sites.forId(state.getSite());
        URI uri = URI.create(state.getUrl());
        String host = state.getHost();
        List<CrawlState> discovered = new ArrayList<>();

        RobotsCache.Lookup lookup = robots.rulesFor(uri);
        HostRules rules = lookup.rules();
        Duration rest = politeness.delayFor(rules.crawlDelay());
        if (lookup.freshlyFetched() && site.robotsSitemaps()) {
            for (String sitemap : rules.sitemaps()) {
                normalizer.normalize(sitemap)
                        .filter(url -> site.hosts().contains(CrawlStates.host(url)))
                        .ifPresent(url -> discovered.add(CrawlStates.discovered(url, site.id(), UrlKind.SITEMAP,
                                CrawlSource.ROBOTS, 0, clock.instant())));
            }
        }
        if (rules.addressRefusal() != null) {
            metrics.refused(host, "address");
            report(state, null, null, rules.addressRefusal(), null, 0);
            CrawlState refused = next(state, UrlStatus.REFUSED, null).setLastError(rules.addressRefusal()).build();
            return new Processed(refused, List.of(), Duration.ZERO);
        }
        if (!rules.isAllowed(state.getUrl())) {
            String why = "robots.txt disallows (" + rules.origin() + ")";
            metrics.refused(host, "robots");
            report(state, null, null, why, null, discovered.size());
            // seeds, feeds and sitemaps are looked at again on their interval: robots.txt may change
            Instant again = refetched(state.getKind())
                    ? CrawlStates.millis(clock.instant()).plus(site.refetchInterval()) : null;
            CrawlState refused = next(state, UrlStatus.REFUSED, again).setLastError(why).build();
            return new Processed(refused, discovered, lookup.freshlyFetched() ? rest : Duration.ZERO);
        }

        if (lookup.freshlyFetched()) {
            sleeper.sleep(rest); // robots.txt was a request to this host too
        }
        FetchResult result = fetcher.fetch(uri, new Validators(state.getEtag(), state.getLastModified()), rest);
        if (!result.answered()) {
            return new Processed(failed(state, result), discovered, rest);
        }
        if (result.isNotModified()) {
            metrics.answered(host, 0, result.latency(), true, result.fetchedAt());
            report(state, result, null, null, null, discovered.size());
            return new Processed(fetched(state, result, state.getKind()).build(), discovered, rest);
        }
        if (result.isRetryableStatus()) {
            metrics.answered(host, result.body().length, result.latency(), false, result.fetchedAt());
            metrics.error(host, "http_" + result.status(), null);
            return new Processed(retryLater(state, result, "HTTP " + result.status()), discovered, rest);
        }
        if (!result.isSuccess()) {
            metrics.answered(host, result.body().length, result.latency(), false, result.fetchedAt());
            metrics.error(host, "http_" + result.status(), null);
            report(state, result, null, null, result.problem(), discovered.size());
            return new Processed(fetched(state, result, state.getKind()).setLastError(result.problem()).build(),
                    discovered, rest);
        }

        metrics.answered(host, result.body().length, result.latency(), true, result.fetchedAt());
        DocumentKind kind = documentKind(state.getKind(), result);
        String problem = null;
        try {
            readBody(state, site, result, kind, discovered);
        } catch (DiscoveryException e) {
            problem = e.getMessage();
            metrics.error(host, "unreadable_" + kind.name().toLowerCase(Locale.ROOT), null);
        }
        report(state, result, kind, null, problem, discovered.size());
        CrawlState.Builder updated = fetched(state, result, keepOr(state.getKind(), urlKindOf(kind)));
        if (problem != null) {
            updated.setLastError(problem);
        }
        return new Processed(updated.build(), discovered, rest);
    }

    /** Publishes a page, or reads a feed or sitemap, adding the URLs it leads to. */
    private void readBody(CrawlState state, Site site, FetchResult result, DocumentKind kind,
                          List<CrawlState> discovered) throws DiscoveryException {
        String base = result.finalUrl().toString();
        switch (kind) {
            case FEED -> {
                for (String url : feeds.articleUrls(result.body(), result.header("content-type"), base)) {
                    offer(discovered, site, url, UrlKind.PAGE, CrawlSource.FEED, 0);
                }
            }
            case SITEMAP -> {
                SitemapContent content = sitemaps.read(result.body(), result.contentType(), base);
                for (String child : content.sitemaps()) {
                    String childHost = CrawlStates.host(child);
                    if (site.hosts().contains(childHost) || state.getHost().equals(childHost)) {
                        discovered.add(CrawlStates.discovered(child, site.id(), UrlKind.SITEMAP, CrawlSource.SITEMAP,
                                0, clock.instant()));
                    }
                }
                for (String page : content.pages()) {
                    offer(discovered, site, page, UrlKind.PAGE, CrawlSource.SITEMAP, 0);
                }
            }
            default -> {
                if (publisher != null) {
                    publisher.publish(page(state, site, result));
                }
                if (kind == DocumentKind.HTML && state.getDepth() < site.maxDepth()) {
                    for (String url : links.links(result.body(), result.declaredCharset(), base)) {
                        offer(discovered, site, url, UrlKind.PAGE, CrawlSource.LINK, state.getDepth() + 1);
                    }
                }
            }
        }
    }

    private static UrlKind urlKindOf(DocumentKind kind) {
        return switch (kind) {
            case FEED -> UrlKind.FEED;
            case SITEMAP -> UrlKind.SITEMAP;
            default -> UrlKind.PAGE;
        };
    }

    private void offer(List<CrawlState> discovered, Site site, String url, UrlKind kind, CrawlSource source, int depth) {
        if (site.scope().allows(url)) {
            discovered.add(CrawlStates.discovered(url, site.id(), kind, source, depth, clock.instant()));
        }
    }

    /**
     * What the body is: sniffed from its bytes, except that a body declared as a sitemap or feed that
     * sniffs as nothing known (a gzipped or plain-text sitemap) is read as declared.
     */
    private static DocumentKind documentKind(UrlKind declared, FetchResult result) {
        DocumentKind sniffed = DocumentKind.sniff(result.contentType(), result.body());
        if (sniffed == DocumentKind.OTHER && declared == UrlKind.SITEMAP) {
            return DocumentKind.SITEMAP;
        }
        if (sniffed == DocumentKind.OTHER && declared == UrlKind.FEED) {
            return DocumentKind.FEED;
        }
        return sniffed;
    }

    private static UrlKind keepOr(UrlKind declared, UrlKind sniffed) {
        return declared == UrlKind.UNKNOWN ? sniffed : declared;
    }

    private RawPage page(CrawlState state, Site site, FetchResult result) {
        return RawPage.newBuilder()
                .setUrl(state.getUrl())
                .setFinalUrl(result.finalUrl().toString())
                .setRedirects(result.redirects())
                .setFetchedAt(CrawlStates.millis(result.fetchedAt()))
                .setStatus(result.status())
                .setHeaders(result.headers())
                .setContentType(result.contentType())
                .setDeclaredCharset(result.declaredCharset())
                .setDetectedCharset(null)
                .setBody(ByteBuffer.wrap(result.body()))
                .setTruncated(result.truncated())
                .setSource(CrawlStates.source(state))
                .setSite(site.id())
                .setPublisherAdcode(site.publisherAdcode())
                .setDepth(state.getDepth())
                .build();
    }

    /** A fetch answered (2xx, 304, 4xx): due again after the interval when the URL is re-read, else done. */
    private CrawlState.Builder fetched(CrawlState state, FetchResult result, UrlKind kind) {
        Instant at = CrawlStates.millis(result.fetchedAt());
        Instant nextFetch = refetched(kind) ? at.plus(sites.forId(state.getSite()).refetchInterval()) : null;
        CrawlState.Builder builder = next(state, UrlStatus.FETCHED, nextFetch)
                .setKind(kind)
                .setLastFetchedAt(at)
                .setLastStatus(result.status())
                .setAttempts(0)
                .setLastError(null);
        if (result.isSuccess()) {
            builder.setEtag(result.header("etag")).setLastModified(result.header("last-modified"));
        }
        return builder;
    }

    private CrawlState failed(CrawlState state, FetchResult result) {
        String host = state.getHost();
        String problem = result.problem();
        if (result.failure() == FetchFailure.REFUSED_ADDRESS) {
            metrics.refused(host, "address");
            report(state, result, null, result.failureDetail(), null, 0);
            return next(state, UrlStatus.REFUSED, null).setLastError(problem).build();
        }
        metrics.error(host, result.failure().name().toLowerCase(Locale.ROOT), result.latency());
        if (result.failure().isTransient()) {
            return retryLater(state, result, problem);
        }
        report(state, result, null, null, problem, 0);
        return giveUp(state, problem);
    }

    /** 429, 5xx or a transient failure: another round later unless the attempts are used up. */
    private CrawlState retryLater(CrawlState state, FetchResult result, String problem) {
        int attempts = state.getAttempts() + 1;
        if (oneShot || attempts >= settings.maxAttempts()) {
            report(state, result, null, null, problem, 0);
            return CrawlState.newBuilder(giveUp(state, problem)).setAttempts(attempts)
                    .setLastStatus(result.answered() ? result.status() : null).build();
        }
        Duration backoff = settings.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
        Duration wait = result.retryAfter() != null && result.retryAfter().compareTo(backoff) > 0
                ? result.retryAfter() : backoff;
        report(state, result, null, null, problem + " (retry in " + wait + ")", 0);
        LOG.debug("{}: {}, attempt {} of {}, retry in {}", state.getUrl(), problem, attempts, settings.maxAttempts(), wait);
        return next(state, UrlStatus.RETRYING, CrawlStates.millis(clock.instant().plus(wait)))
                .setAttempts(attempts)
                .setLastStatus(result.answered() ? result.status() : null)
                .setLastError(problem)
                .build();
    }

    private CrawlState giveUp(CrawlState state, String problem) {
        Instant nextRead = refetched(state.getKind()) && !oneShot
                ? CrawlStates.millis(clock.instant()).plus(sites.forId(state.getSite()).refetchInterval()) : null;
        return next(state, UrlStatus.FAILED, nextRead).setAttempts(0).setLastError(problem).build();
    }

    private boolean refetched(UrlKind kind) {
        return !oneShot && (kind == UrlKind.HUB || kind == UrlKind.FEED || kind == UrlKind.SITEMAP);
    }

    private CrawlState.Builder next(CrawlState state, UrlStatus status, Instant nextFetchAt) {
        return CrawlState.newBuilder(state)
                .setStatus(status)
                .setNextFetchAt(nextFetchAt)
                .setUpdatedAt(CrawlStates.millis(clock.instant()));
    }

    private void report(CrawlState state, FetchResult result, DocumentKind kind, String refused, String error,
                        int discovered) {
        boolean answered = result != null && result.answered();
        listener.onEvent(new CrawlEvent(
                state.getUrl(),
                answered ? result.finalUrl().toString() : null,
                answered ? result.status() : 0,
                answered ? result.body().length : 0,
                answered ? result.declaredCharset() : null,
                state.getSource().toLowerCase(Locale.ROOT),
                kind == null ? null : kind.name().toLowerCase(Locale.ROOT),
                answered && result.truncated(),
                refused,
                error,
                discovered));
    }
}
