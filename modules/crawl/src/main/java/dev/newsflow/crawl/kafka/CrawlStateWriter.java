package dev.newsflow.crawl.kafka;

import dev.newsflow.contracts.CrawlState;
import dev.newsflow.crawl.frontier.FrontierStoreException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes crawl states to the crawl-state topic without ever losing one silently.
 *
 * <p>The producer already retries transient errors itself, with backoff, for up to its
 * {@code delivery.timeout.ms}. A write it still gives up on with a retriable error (the cluster was
 * unreachable for that long) is sent again here after a pause that doubles each time, unless a newer state
 * of the same URL was written meanwhile: that one carries the URL's state and a resend would overwrite it.
 * A write that fails for good (a non-retriable error such as a denied ACL, or the attempts used up) breaks
 * the writer: every later call throws {@link FrontierStoreException}, so the crawler stops instead of
 * crawling on and forgetting what it did.
 *
 * <p>{@link #write} may be called from any thread; resends happen on the threads calling
 * {@link #resendDue} and {@link #flush} (the crawler's scheduling thread), never on the producer's I/O thread.
 */
final class CrawlStateWriter {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlStateWriter.class);

    /**
     * How often a failed write is sent again.
     *
     * @param maxAttempts  sends of one state, the first included, before the writer gives up
     * @param firstBackoff pause before the first resend; doubled before each further one
     */
    record RetryPolicy(int maxAttempts, Duration firstBackoff) {

        /** With the producer's own two minutes of retries per send, about eight minutes of outage. */
        static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofSeconds(1));

        RetryPolicy {
            if (maxAttempts < 1 || firstBackoff.isNegative()) {
                throw new IllegalArgumentException("maxAttempts must be >= 1 and firstBackoff >= 0");
            }
        }

        long backoffNanos(int attemptsMade) {
            return firstBackoff.toNanos() << Math.min(attemptsMade - 1, 20);
        }
    }

    /** One send of one state; identity tells a URL's latest write from a superseded one. */
    private record Write(CrawlState state, int attempt) {}

    private record Failed(Write write, long dueNanos) {}

    private final Producer<String, CrawlState> producer;
    private final String topic;
    private final RetryPolicy policy;
    /** Keeps resends and new writes of one URL in the order their states were decided. */
    private final Object sendOrder = new Object();
    /** The latest write of each URL not acknowledged yet. */
    private final Map<String, Write> unacknowledged = new ConcurrentHashMap<>();
    private final Queue<Failed> toResend = new ConcurrentLinkedQueue<>();
    private volatile FrontierStoreException broken;

    CrawlStateWriter(Producer<String, CrawlState> producer, String topic, RetryPolicy policy) {
        this.producer = producer;
        this.topic = topic;
        this.policy = policy;
    }

    /** Sends the state; a failure is reported by a later call. */
    void write(CrawlState state) {
        throwIfBroken();
        synchronized (sendOrder) {
            send(new Write(state, 1));
        }
    }

    /** Sends again the failed writes whose pause is over. */
    void resendDue() {
        throwIfBroken();
        long now = System.nanoTime();
        for (Iterator<Failed> it = toResend.iterator(); it.hasNext(); ) {
            Failed failed = it.next();
            if (failed.dueNanos() - now > 0) {
                continue;
            }
            it.remove();
            Write write = failed.write();
            synchronized (sendOrder) {
                if (unacknowledged.get(write.state().getUrl()) == write) {
                    send(new Write(write.state(), write.attempt() + 1));
                }
            }
        }
        throwIfBroken();
    }

    /** Returns once every state written so far is stored, resending failed ones as their pauses end. */
    void flush() {
        producer.flush();
        while (true) {
            throwIfBroken();
            long now = System.nanoTime();
            long wait = Long.MAX_VALUE;
            for (Failed failed : toResend) {
                wait = Math.min(wait, failed.dueNanos() - now);
            }
            if (wait == Long.MAX_VALUE) {
                return;
            }
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FrontierStoreException("interrupted while waiting to store crawl states again in "
                            + topic + "; " + toResend.size() + " states may be lost", e);
                }
            }
            resendDue();
            producer.flush();
        }
    }

    /** Closes the producer; says so loudly if states are left unstored (normally {@link #flush} came first). */
    void close(Duration timeout) {
        producer.close(timeout);
        if (!unacknowledged.isEmpty()) {
            LOG.error("the crawl states of {} URLs were not stored in {} before closing; the next run fetches them again",
                    unacknowledged.size(), topic);
        }
    }

    private void send(Write write) {
        String url = write.state().getUrl();
        unacknowledged.put(url, write);
        try {
            producer.send(new ProducerRecord<>(topic, url, write.state()), (metadata, error) -> {
                if (error == null) {
                    unacknowledged.remove(url, write);
                } else {
                    failed(write, error);
                }
            });
        } catch (RuntimeException e) {
            // refused before it was queued (producer closed or fenced, record not serializable): no retry helps
            unacknowledged.remove(url, write);
            breakOn(write, e);
            throwIfBroken();
        }
    }

    /** Runs on the producer's I/O thread: decides, never sends. */
    private void failed(Write write, Exception error) {
        if (unacknowledged.get(write.state().getUrl()) != write) {
            return; // superseded by a newer write of the URL, which carries its state
        }
        if (!(error instanceof RetriableException) || write.attempt() >= policy.maxAttempts()) {
            breakOn(write, error);
            return;
        }
        LOG.warn("crawl state of {} not stored ({}); sending it again, attempt {} of {}", write.state().getUrl(),
                error.getMessage(), write.attempt() + 1, policy.maxAttempts());
        toResend.add(new Failed(write, System.nanoTime() + policy.backoffNanos(write.attempt())));
    }

    private synchronized void breakOn(Write write, Exception error) {
        if (broken != null) {
            return;
        }
        String why = error instanceof RetriableException
                ? "still failing after " + write.attempt() + (write.attempt() == 1 ? " attempt" : " attempts")
                : "not retriable";
        broken = new FrontierStoreException("cannot store crawl state in topic " + topic + " (" + why + ": "
                + error.getClass().getSimpleName() + ": " + error.getMessage() + "); stopping so that a restart "
                + "fetches the URLs whose state was not stored again instead of forgetting them", error);
        LOG.error(broken.getMessage());
    }

    private void throwIfBroken() {
        FrontierStoreException failure = broken;
        if (failure != null) {
            throw new FrontierStoreException(failure.getMessage(), failure.getCause()); // this caller's stack
        }
    }
}
