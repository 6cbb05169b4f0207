package dev.newsflow.crawl;

import dev.newsflow.contracts.CrawlSource;
import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.UrlStatus;
import dev.newsflow.contracts.UrlKind;
import dev.newsflow.crawl.fetch.HttpFetcher;
import dev.newsflow.crawl.fetch.Sleeper;
import dev.newsflow.crawl.frontier.Frontier;
import dev.newsflow.crawl.frontier.FrontierListener;
import dev.newsflow.crawl.frontier.FrontierStore;
import dev.newsflow.crawl.frontier.FrontierStoreException;
import dev.newsflow.crawl.guard.HostResolver;
import dev.newsflow.crawl.guard.UrlGuard;
import dev.newsflow.crawl.robots.RobotsCache;
import dev.newsflow.crawl.site.CrawlSettings;
import dev.newsflow.crawl.site.Site;
import dev.newsflow.crawl.site.SiteList;
import dev.newsflow.crawl.site.UrlScope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler: takes due URLs of the hosts this instance owns from the frontier, fetches them on a pool
 * of at most {@code maxConcurrency} threads (one request at a time per host), publishes pages and stores
 * every URL's new state in the {@link FrontierStore}.
 *
 * <p>{@link #run()} blocks until {@link #close()} is called from another thread, or, in one-shot mode,
 * until nothing is due any more (URLs due later, such as seeds a previous run will re-read, are left for a
 * later run), or until the URL budget is spent. Stopping lets the fetches in flight
 * finish and store their results, so a restarted crawler neither fetches a URL twice nor forgets one.
 *
 * <p>When the store cannot keep states any more ({@link FrontierStoreException}), the crawler stops the
 * same way and {@link #run()} throws: crawling on would fetch and publish pages whose fetch is then
 * forgotten. The URLs concerned keep their previous stored state and are fetched again by the next run.
 */
public final class Crawler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    private static final Duration MAX_IDLE_WAIT = Duration.ofMillis(100);

    private final CrawlSettings settings;
    private final List<Site> sites;
    private final Site adHoc;
    private final FrontierStore store;
    private final PagePublisher publisher;
    private final Clock clock;
    private final boolean oneShot;
    private final long maxUrls;
    private final Frontier frontier;
    private final UrlProcessor processor;
    private final ExecutorService pool;
    private final Semaphore wake = new Semaphore(0);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong dispatched = new AtomicLong();
    private final Counting counting;
    private volatile boolean stopRequested;
    private volatile boolean running;
    private volatile boolean assignedOnce;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicReference<FrontierStoreException> storeFailure = new AtomicReference<>();

    private Crawler(Builder b) {
        this.settings = b.settings;
        this.sites = List.copyOf(b.sites);
        this.adHoc = b.adHocSite();
        this.store = Objects.requireNonNull(b.store, "a frontier store is required");
        this.publisher = b.publisher;
        this.clock = b.clock;
        this.oneShot = b.oneShot;
        this.maxUrls = b.maxUrls;
        this.frontier = new Frontier(store::partitionOf);
        UrlGuard guard = new UrlGuard(settings.ssrfGuard(), settings.allowHosts(), b.resolver);
        HttpFetcher fetcher = new HttpFetcher(settings.fetch(), guard, b.sleeper, clock);
        RobotsCache robots = new RobotsCache(fetcher, settings.robotsAgent(), settings.robotsTtl(), clock);
        this.counting = new Counting(b.listener);
        this.processor = new UrlProcessor(settings, fetcher, robots, new SiteDirectory(sites, adHoc), publisher,
                new CrawlMetrics(b.registry), counting, clock, b.sleeper, oneShot);
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.maxConcurrency(), task -> {
            Thread thread = new Thread(task, "crawl-fetch-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Crawls until closed (or, in one-shot mode, until nothing is left); returns what was done.
     *
     * @throws FrontierStoreException when the store could not keep the crawl's state; the crawler has
     *     stopped (fetches in flight finished) and should be closed
     */
    public CrawlSummary run() throws InterruptedException {
        if (running) {
            throw new IllegalStateException("already running");
        }
        running = true;
        try {
            FrontierListener events = new StoreEvents();
            while (!stopRequested && !storeFailed() && !budgetSpent()) {
                Duration wait = untilNextWork();
                long started = System.nanoTime();
                try {
                    store.poll(wait, events);
                } catch (FrontierStoreException e) {
                    storeFailed(e);
                    break;
                }
                dispatch();
                if (oneShot && assignedOnce && !frontier.hasWorkDueBy(clock.instant())) {
                    break;
                }
                long left = wait.toNanos() - (System.nanoTime() - started);
                if (left > 0 && wake.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                    wake.drainPermits();
                }
            }
            awaitInFlight(() -> frontier.inFlightCount() > 0);
            if (!storeFailed()) {
                try {
                    store.flush();
                } catch (FrontierStoreException e) {
                    storeFailed(e);
                }
            }
            FrontierStoreException failure = storeFailure.get();
            if (failure != null) {
                throw failure;
            }
            return counting.summary();
        } finally {
            running = false;
            stopped.countDown();
        }
    }

    private boolean budgetSpent() {
        return maxUrls > 0 && dispatched.get() >= maxUrls;
    }

    private Duration untilNextWork() {
        if (frontier.inFlightCount() >= settings.maxConcurrency()) {
            return MAX_IDLE_WAIT; // a completion wakes the loop
        }
        Instant now = clock.instant();
        return frontier.nextWakeUp()
                .map(at -> Duration.between(now, at))
                .map(d -> d.isNegative() ? Duration.ZERO : d)
                .filter(d -> d.compareTo(MAX_IDLE_WAIT) < 0)
                .orElse(MAX_IDLE_WAIT);
    }

    private void dispatch() {
        while (!stopRequested && !storeFailed() && !budgetSpent()
                && frontier.inFlightCount() < settings.maxConcurrency()) {
            var leased = frontier.next(clock.instant());
            if (leased.isEmpty()) {
                return;
            }
            dispatched.incrementAndGet();
            CrawlState state = leased.get();
            pool.execute(() -> fetch(state));
        }
    }

    private void fetch(CrawlState leased) {
        CrawlState outcome = leased; // still due unless processed: fetched by whoever comes next
        Instant hostRestsUntil = clock.instant();
        try {
            List<CrawlState> toStore = new ArrayList<>();
            try {
                UrlProcessor.Processed processed = processor.process(leased);
                for (CrawlState found : processed.discovered()) {
                    if (frontier.discover(found)) {
                        toStore.add(found);
                    }
                }
                outcome = processed.updated();
                hostRestsUntil = clock.instant().plus(processed.rest());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("crawling {} failed unexpectedly", leased.getUrl(), e);
                outcome = CrawlState.newBuilder(leased)
                        .setStatus(UrlStatus.RETRYING)
                        .setNextFetchAt(oneShot ? null : CrawlStates.millis(clock.instant().plus(settings.retryDelay())))
                        .setLastError(e.getClass().getSimpleName() + ": " + e.getMessage())
                        .setUpdatedAt(CrawlStates.millis(clock.instant()))
                        .build();
                hostRestsUntil = clock.instant().plus(settings.politenessDelay());
            }
            toStore.add(outcome);
            try {
                toStore.forEach(store::save);
            } catch (FrontierStoreException e) {
                storeFailed(e);
            }
        } finally {
            frontier.complete(leased, outcome, hostRestsUntil);
            wake.release();
        }
    }

    /** Waits while fetches are running; their completions wake it. */
    private void awaitInFlight(BooleanSupplier fetching) throws InterruptedException {
        while (fetching.getAsBoolean()) {
            if (wake.tryAcquire(MAX_IDLE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                wake.drainPermits();
            }
        }
    }

    private boolean storeFailed() {
        return storeFailure.get() != null;
    }

    /** Stops the crawl: dispatching ends, fetches in flight finish, and {@link #run()} throws the failure. */
    private void storeFailed(FrontierStoreException failure) {
        if (storeFailure.compareAndSet(null, failure)) {
            LOG.error("stopping the crawl: {}", failure.getMessage());
        }
        wake.release();
    }

    /** Queues the sites' seeds, feeds and sitemaps of a newly owned partition that the frontier lacks. */
    private void registerEntryPoints(int partition) {
        Instant now = clock.instant();
        List<CrawlState> entries = new ArrayList<>();
        for (Site site : sites) {
            site.seeds().forEach(url -> entries.add(CrawlStates.discovered(url, site.id(), UrlKind.HUB, CrawlSource.SEED, 0, now)));
            site.feeds().forEach(url -> entries.add(CrawlStates.discovered(url, site.id(), UrlKind.FEED, CrawlSource.FEED, 0, now)));
            site.sitemaps().forEach(url -> entries.add(CrawlStates.discovered(url, site.id(), UrlKind.SITEMAP, CrawlSource.SITEMAP, 0, now)));
        }
        if (adHoc != null) {
            adHoc.seeds().forEach(url -> entries.add(CrawlStates.discovered(url, null, UrlKind.UNKNOWN, CrawlSource.SEED, 0, now)));
        }
        for (CrawlState entry : entries) {
            if (store.partitionOf(entry.getUrl()) == partition && !frontier.isKnown(entry.getUrl())
                    && frontier.discover(entry)) {
                store.save(entry);
            }
        }
    }

    private CrawlState reasserted(CrawlState state) {
        return CrawlState.newBuilder(state).setUpdatedAt(CrawlStates.millis(clock.instant())).build();
    }

    /** Applies what the store reports; runs on the crawler's thread, inside {@link FrontierStore#poll}. */
    private final class StoreEvents implements FrontierListener {

        @Override
        public void onAssigned(int partition, List<CrawlState> log) {
            for (CrawlState shadowed : frontier.assign(partition, log)) {
                store.save(reasserted(shadowed));
            }
            registerEntryPoints(partition);
            assignedOnce = true;
            LOG.info("owning frontier partition {} ({} records read)", partition, log.size());
        }

        /**
         * Runs before the partitions' next owner is given them (cooperative rebalancing), so their fetches
         * still running are let finish and their states stored first: otherwise the next owner, rebuilding
         * from the log, would fetch those URLs again, and hit their hosts while the fetches still run.
         */
        @Override
        public void onRevoked(Collection<Integer> partitions) {
            frontier.revoke(partitions);
            try {
                awaitInFlight(() -> frontier.isFetchingIn(partitions));
                store.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (FrontierStoreException e) {
                storeFailed(e);
            }
            LOG.info("frontier partitions {} moved to another instance", partitions);
        }

        @Override
        public void onUpdate(int partition, CrawlState state) {
            if (frontier.owns(partition) && frontier.apply(state)) {
                frontier.state(state.getUrl()).ifPresent(local -> store.save(reasserted(local)));
            }
        }
    }

    /**
     * Stops {@link #run()} (letting fetches in flight finish) and releases the store and publisher.
     *
     * @throws FrontierStoreException when states saved outside {@link #run()} could not be stored
     */
    @Override
    public void close() {
        stopRequested = true;
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        wake.release();
        if (running) {
            Duration grace = settings.fetch().connectTimeout().plus(settings.fetch().readTimeout())
                    .multipliedBy(settings.fetch().maxRetries() + 2L);
            try {
                if (!stopped.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("crawler did not stop within {}; in-flight URLs will be fetched again", grace);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pool.shutdownNow();
        try {
            if (!storeFailed()) {
                store.flush(); // throws if states were lost; run() already reported a failure it met
            }
        } finally {
            store.close();
            if (publisher != null) {
                publisher.close();
            }
        }
    }

    /** Counts events for the summary while passing them on. */
    private static final class Counting implements CrawlListener {
        private final CrawlListener delegate;
        private final AtomicLong urls = new AtomicLong();
        private final AtomicLong answered = new AtomicLong();
        private final AtomicLong refused = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();

        Counting(CrawlListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onEvent(CrawlEvent event) {
            urls.incrementAndGet();
            if (event.status() > 0) {
                answered.incrementAndGet();
            }
            if (event.refused() != null) {
                refused.incrementAndGet();
            } else if (event.error() != null) {
                failed.incrementAndGet();
            }
            delegate.onEvent(event);
        }

        CrawlSummary summary() {
            return new CrawlSummary(urls.get(), answered.get(), refused.get(), failed.get());
        }
    }

    /** Configures a {@link Crawler}. A frontier store is required; a publisher is absent only in dry runs. */
    public static final class Builder {
        private CrawlSettings settings = CrawlSettings.defaults();
        private List<Site> sites = List.of();
        private List<String> adHocUrls = List.of();
        private int adHocDepth = 1;
        private FrontierStore store;
        private PagePublisher publisher;
        private MeterRegistry registry;
        private CrawlListener listener = CrawlListener.NONE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.real();
        private HostResolver resolver = HostResolver.system();
        private boolean oneShot;
        private long maxUrls;

        private Builder() {}

        /** Settings and sites from the operator's site file. */
        public Builder siteList(SiteList list) {
            this.settings = list.settings();
            this.sites = list.sites();
            return this;
        }

        public Builder settings(CrawlSettings crawlSettings) {
            this.settings = crawlSettings;
            return this;
        }

        public Builder sites(List<Site> siteEntries) {
            this.sites = List.copyOf(siteEntries);
            return this;
        }

        /**
         * Normalized URLs crawled without a site entry (pages, feeds or sitemaps, told apart by content),
         * following links on their own hosts up to the depth.
         */
        public Builder adHocUrls(List<String> urls, int depth) {
            this.adHocUrls = List.copyOf(urls);
            this.adHocDepth = depth;
            return this;
        }

        public Builder frontierStore(FrontierStore frontierStore) {
            this.store = frontierStore;
            return this;
        }

        /** Where pages go; without one pages are fetched and reported but not published (dry run). */
        public Builder publisher(PagePublisher pagePublisher) {
            this.publisher = pagePublisher;
            return this;
        }

        public Builder meterRegistry(MeterRegistry meterRegistry) {
            this.registry = meterRegistry;
            return this;
        }

        public Builder listener(CrawlListener crawlListener) {
            this.listener = crawlListener;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** How retry waits are spent; tests observe them instead of sleeping. */
        public Builder sleeper(Sleeper s) {
            this.sleeper = s;
            return this;
        }

        public Builder resolver(HostResolver hostResolver) {
            this.resolver = hostResolver;
            return this;
        }

        /**
         * One pass: every URL is dealt with once (seeds, feeds and sitemaps are not re-read, failures not
         * retried in later rounds) and {@link #run()} returns when nothing is left.
         */
        public Builder oneShot(boolean once) {
            this.oneShot = once;
            return this;
        }

        /** Stop after this many URLs (0: no limit). */
        public Builder maxUrls(long limit) {
            this.maxUrls = limit;
            return this;
        }

        public Crawler build() {
            if (registry == null) {
                registry = new SimpleMeterRegistry();
            }
            if (sites.isEmpty() && adHocUrls.isEmpty()) {
                throw new IllegalStateException("nothing to crawl: no sites and no URLs");
            }
            return new Crawler(this);
        }

        private Site adHocSite() {
            Set<String> hosts = new LinkedHashSet<>();
            adHocUrls.forEach(url -> hosts.add(CrawlStates.host(url)));
            return new Site(null, adHocUrls, List.of(), List.of(), new UrlScope(List.of(), List.of(), hosts),
                    adHocDepth, Duration.ofMinutes(30), null, false);
        }
    }
}
