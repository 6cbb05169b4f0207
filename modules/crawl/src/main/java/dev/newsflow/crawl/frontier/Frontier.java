package dev.newsflow.crawl.frontier;

import dev.newsflow.contracts.CrawlState;
import dev.newsflow.crawl.politeness.HostSlots;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The in-memory frontier of the partitions this instance owns: every known URL's state, a due-queue per
 * host, and the hosts' politeness slots. It hands out a URL only when it is due and its host is neither
 * busy nor resting, so one host never sees two requests at once. Thread-safe (one lock; the work per
 * call is small next to a fetch).
 *
 * <p>Choosing the next URL scans the owned hosts: linear in their number, which stays in the hundreds
 * for an operator's site list.
 */
public final class Frontier {

    private record Due(Instant at, String url) {}

    private static final Comparator<Due> BY_TIME = Comparator.comparing(Due::at).thenComparing(Due::url);

    private final ToIntFunction<String> partitionOf;
    private final Set<Integer> owned = new HashSet<>();
    private final Map<String, CrawlState> states = new HashMap<>();
    private final Map<String, Due> queued = new HashMap<>();
    private final Map<String, TreeSet<Due>> dueByHost = new HashMap<>();
    private final Set<String> inFlight = new HashSet<>();
    private final HostSlots slots = new HostSlots();

    public Frontier(ToIntFunction<String> partitionOf) {
        this.partitionOf = partitionOf;
    }

    /**
     * Takes ownership of a partition, rebuilding its URLs' states from the stored log.
     *
     * @return states to write again because a later discovery record shadows them in the log
     */
    public synchronized List<CrawlState> assign(int partition, List<CrawlState> log) {
        owned.add(partition);
        Map<String, CrawlState> folded = new HashMap<>();
        Map<String, Boolean> reassert = new HashMap<>();
        for (CrawlState record : log) {
            StateMerge.Result result = StateMerge.merge(folded.get(record.getUrl()), record);
            folded.put(record.getUrl(), result.kept());
            reassert.put(record.getUrl(), result.reassert());
        }
        List<CrawlState> toReassert = new ArrayList<>();
        for (CrawlState state : folded.values()) {
            if (inFlight.contains(state.getUrl())) {
                continue;
            }
            put(state);
            if (reassert.getOrDefault(state.getUrl(), false)) {
                toReassert.add(state);
            }
        }
        return toReassert;
    }

    public synchronized void revoke(Collection<Integer> partitions) {
        owned.removeAll(partitions);
        for (String url : new ArrayList<>(states.keySet())) {
            if (!inFlight.contains(url) && partitions.contains(partitionOf.applyAsInt(url))) {
                dequeue(url);
                states.remove(url);
            }
        }
    }

    public synchronized boolean owns(int partition) {
        return owned.contains(partition);
    }

    /**
     * A record read from an owned partition after assignment.
     *
     * @return true when the local state must be written again (a later discovery shadows it)
     */
    public synchronized boolean apply(CrawlState incoming) {
        if (inFlight.contains(incoming.getUrl())) {
            return false; // the running fetch will write the newest state
        }
        StateMerge.Result result = StateMerge.merge(states.get(incoming.getUrl()), incoming);
        if (result.kept() == incoming) {
            put(incoming);
        }
        return result.reassert();
    }

    /**
     * Offers a newly found URL. For an owned host it is added when unknown; the caller stores it when this
     * returns true. A URL of another instance's host always returns true: its owner decides.
     */
    public synchronized boolean discover(CrawlState candidate) {
        if (!owned.contains(partitionOf.applyAsInt(candidate.getUrl()))) {
            return true;
        }
        if (states.containsKey(candidate.getUrl())) {
            return false;
        }
        put(candidate);
        return true;
    }

    public synchronized boolean isKnown(String url) {
        return states.containsKey(url);
    }

    public synchronized Optional<CrawlState> state(String url) {
        return Optional.ofNullable(states.get(url));
    }

    /** The next due URL whose host may take a request now; its host is busy until {@link #complete}. */
    public synchronized Optional<CrawlState> next(Instant now) {
        Due best = null;
        String bestHost = null;
        for (Map.Entry<String, TreeSet<Due>> entry : dueByHost.entrySet()) {
            Due head = entry.getValue().first();
            if (head.at().isAfter(now) || !slots.isAvailable(entry.getKey(), now)) {
                continue;
            }
            if (best == null || BY_TIME.compare(head, best) < 0) {
                best = head;
                bestHost = entry.getKey();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        dequeue(best.url());
        slots.acquire(bestHost);
        inFlight.add(best.url());
        return Optional.of(states.get(best.url()));
    }

    /** Records the result of a fetch and lets its host rest until the given instant. */
    public synchronized void complete(CrawlState leased, CrawlState updated, Instant hostRestsUntil) {
        inFlight.remove(leased.getUrl());
        slots.release(leased.getHost(), hostRestsUntil);
        if (owned.contains(partitionOf.applyAsInt(updated.getUrl()))) {
            put(updated);
        } else {
            states.remove(updated.getUrl()); // the partition moved while the fetch ran
        }
    }

    /** Earliest instant at which {@link #next} may return something; empty when nothing is queued. */
    public synchronized Optional<Instant> nextWakeUp() {
        Instant earliest = null;
        for (Map.Entry<String, TreeSet<Due>> entry : dueByHost.entrySet()) {
            Optional<Instant> free = slots.availableAt(entry.getKey());
            if (free.isEmpty()) {
                continue; // woken by completion instead
            }
            Instant at = entry.getValue().first().at();
            Instant ready = at.isAfter(free.get()) ? at : free.get();
            if (earliest == null || ready.isBefore(earliest)) {
                earliest = ready;
            }
        }
        return Optional.ofNullable(earliest);
    }

    /** Whether anything is being fetched or due by the given instant (hosts' rests aside). */
    public synchronized boolean hasWorkDueBy(Instant instant) {
        if (!inFlight.isEmpty()) {
            return true;
        }
        for (TreeSet<Due> hostQueue : dueByHost.values()) {
            if (!hostQueue.first().at().isAfter(instant)) {
                return true;
            }
        }
        return false;
    }

    public synchronized int inFlightCount() {
        return inFlight.size();
    }

    /** Whether a URL of one of these partitions is being fetched. */
    public synchronized boolean isFetchingIn(Collection<Integer> partitions) {
        for (String url : inFlight) {
            if (partitions.contains(partitionOf.applyAsInt(url))) {
                return true;
            }
        }
        return false;
    }

    public synchronized int size() {
        return states.size();
    }

    private void put(CrawlState state) {
        dequeue(state.getUrl());
        states.put(state.getUrl(), state);
        if (state.getNextFetchAt() != null) {
            Due due = new Due(state.getNextFetchAt(), state.getUrl());
            queued.put(state.getUrl(), due);
            dueByHost.computeIfAbsent(state.getHost(), host -> new TreeSet<>(BY_TIME)).add(due);
        }
    }

    private void dequeue(String url) {
        Due due = queued.remove(url);
        if (due == null) {
            return;
        }
        CrawlState state = states.get(url);
        TreeSet<Due> hostQueue = dueByHost.get(state.getHost());
        if (hostQueue != null) {
            hostQueue.remove(due);
            if (hostQueue.isEmpty()) {
                dueByHost.remove(state.getHost());
            }
        }
    }
}
