package dev.newsflow.crawl.frontier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.UrlKind;
import dev.newsflow.contracts.UrlStatus;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrontierTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    static CrawlState state(String url, UrlStatus status, Instant updatedAt, Instant nextFetchAt) {
        return CrawlState.newBuilder()
                .setUrl(url).setHost(URI.create(url).getHost()).setSite("s").setKind(UrlKind.PAGE).setSource("LINK")
                .setDepth(1).setStatus(status).setNextFetchAt(nextFetchAt).setUpdatedAt(updatedAt).build();
    }

    static CrawlState discovered(String url, Instant at) {
        return state(url, UrlStatus.DISCOVERED, at, at);
    }

    /** Two partitions: hosts a.cn → 0, everything else → 1. */
    private final Frontier frontier = new Frontier(url -> URI.create(url).getHost().equals("a.cn") ? 0 : 1);

    @Test
    void handsOutOneUrlPerHostAtATimeAndRespectsTheRest() {
        frontier.assign(0, List.of(discovered("http://a.cn/1", T0), discovered("http://a.cn/2", T0.plusMillis(1))));
        CrawlState first = frontier.next(T0).orElseThrow();
        assertEquals("http://a.cn/1", first.getUrl());
        assertEquals(Optional.empty(), frontier.next(T0.plusSeconds(10)), "host busy");
        frontier.complete(first, state(first.getUrl(), UrlStatus.FETCHED, T0, null), T0.plusSeconds(3));
        assertEquals(Optional.empty(), frontier.next(T0.plusSeconds(2)), "host resting");
        assertEquals(Optional.of(T0.plusSeconds(3)), frontier.nextWakeUp());
        assertEquals("http://a.cn/2", frontier.next(T0.plusSeconds(3)).orElseThrow().getUrl());
    }

    @Test
    void differentHostsRunInParallelAndFutureUrlsWait() {
        frontier.assign(0, List.of(discovered("http://a.cn/1", T0)));
        frontier.assign(1, List.of(discovered("http://b.cn/1", T0),
                state("http://b.cn/feed", UrlStatus.FETCHED, T0, T0.plusSeconds(60))));
        assertTrue(frontier.next(T0).isPresent());
        assertTrue(frontier.next(T0).isPresent());
        assertEquals(2, frontier.inFlightCount());
        assertTrue(frontier.hasWorkDueBy(T0));
        frontier.complete(frontier.state("http://a.cn/1").orElseThrow(),
                state("http://a.cn/1", UrlStatus.FETCHED, T0, null), T0);
        frontier.complete(frontier.state("http://b.cn/1").orElseThrow(),
                state("http://b.cn/1", UrlStatus.FETCHED, T0, null), T0);
        assertFalse(frontier.hasWorkDueBy(T0.plusSeconds(59)), "only the feed, due in a minute");
        assertTrue(frontier.hasWorkDueBy(T0.plusSeconds(60)));
    }

    @Test
    void rebuildFoldsTheLogAndForgetsNothingFetched() {
        String url = "http://a.cn/1";
        List<CrawlState> reassert = frontier.assign(0, List.of(
                discovered(url, T0),
                state(url, UrlStatus.FETCHED, T0.plusSeconds(1), null),
                discovered(url, T0.plusSeconds(2)))); // a later link from another instance
        assertEquals(UrlStatus.FETCHED, frontier.state(url).orElseThrow().getStatus());
        assertEquals(1, reassert.size(), "the fetched state is shadowed in the log: write it again");
        assertEquals(Optional.empty(), frontier.next(T0.plusSeconds(10)), "not fetched again");
    }

    @Test
    void updatesMergeByKindAndTime() {
        String url = "http://a.cn/1";
        frontier.assign(0, List.of());
        assertTrue(frontier.discover(discovered(url, T0)));
        assertFalse(frontier.discover(discovered(url, T0.plusSeconds(1))), "known already");
        assertFalse(frontier.apply(discovered(url, T0)), "echo of our own discovery");
        CrawlState fetched = state(url, UrlStatus.FETCHED, T0.plusSeconds(5), null);
        assertFalse(frontier.apply(fetched));
        assertSame(fetched, frontier.state(url).orElseThrow());
        assertTrue(frontier.apply(discovered(url, T0.plusSeconds(9))), "a later discovery shadows it");
        assertSame(fetched, frontier.state(url).orElseThrow());
        assertFalse(frontier.apply(state(url, UrlStatus.FETCHED, T0.plusSeconds(1), null)), "older result ignored");
        assertSame(fetched, frontier.state(url).orElseThrow());
    }

    @Test
    void foreignHostsAreLeftToTheirOwner() {
        frontier.assign(0, List.of());
        assertTrue(frontier.discover(discovered("http://b.cn/x", T0)), "stored for the owner");
        assertFalse(frontier.isKnown("http://b.cn/x"));
        assertEquals(Optional.empty(), frontier.next(T0));
    }

    @Test
    void revokedPartitionsAreDropped() {
        frontier.assign(0, List.of(discovered("http://a.cn/1", T0)));
        frontier.assign(1, List.of(discovered("http://b.cn/1", T0)));
        frontier.revoke(Set.of(1));
        assertFalse(frontier.owns(1));
        assertFalse(frontier.isKnown("http://b.cn/1"));
        assertEquals("http://a.cn/1", frontier.next(T0).orElseThrow().getUrl());
        assertEquals(Optional.empty(), frontier.next(T0));
    }
}
