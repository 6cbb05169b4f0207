package dev.newsflow.crawl.kafka;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.UrlStatus;
import dev.newsflow.crawl.frontier.FrontierStoreException;
import dev.newsflow.kafka.Topics;
import java.time.Duration;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** A crawl state the producer could not store is sent again, or the writer fails loudly; never dropped. */
class CrawlStateWriterTest {

    private static final String TOPIC = Topics.CRAWL_STATE.name();
    private static final CrawlStateWriter.RetryPolicy TWO_ATTEMPTS = new CrawlStateWriter.RetryPolicy(2, Duration.ofMillis(1));

    private final MockProducer<String, CrawlState> producer = new MockProducer<>(false, null,
            new StringSerializer(), Topics.CRAWL_STATE.valueSerde().serializer());
    private final CrawlStateWriter writer = new CrawlStateWriter(producer, TOPIC, TWO_ATTEMPTS);

    private static CrawlState fetched(String url) {
        return KafkaPiecesTest.state(url, UrlStatus.FETCHED);
    }

    private static void pastTheBackoff() throws InterruptedException {
        Thread.sleep(5);
    }

    @Test
    void aWriteThatTimedOutIsSentAgainAfterAPause() throws InterruptedException {
        writer.write(fetched("http://a.cn/1"));
        assertTrue(producer.errorNext(new TimeoutException("expired after delivery.timeout.ms")));

        pastTheBackoff();
        writer.resendDue();
        assertEquals(2, producer.history().size(), "sent again");
        assertEquals(producer.history().get(0).value(), producer.history().get(1).value());
        assertTrue(producer.completeNext());
        assertDoesNotThrow(writer::flush);
    }

    @Test
    void flushWaitsForTheResendsItOwes() {
        writer.write(fetched("http://a.cn/1"));
        assertTrue(producer.errorNext(new TimeoutException("expired")));

        writer.flush(); // sleeps out the pause, resends, and the mock's flush completes the resend
        assertEquals(2, producer.history().size());
    }

    @Test
    void aFailedWriteSupersededByANewerStateOfItsUrlIsNotSentAgain() throws InterruptedException {
        writer.write(KafkaPiecesTest.state("http://a.cn/1", UrlStatus.DISCOVERED));
        writer.write(fetched("http://a.cn/1"));
        assertTrue(producer.errorNext(new TimeoutException("expired")));
        assertTrue(producer.completeNext());

        pastTheBackoff();
        writer.resendDue();
        assertEquals(2, producer.history().size(), "resending the older state would overwrite the newer one");
        assertDoesNotThrow(writer::flush);
    }

    @Test
    void attemptsUsedUpBreakTheWriterWithAClearError() throws InterruptedException {
        writer.write(fetched("http://a.cn/1"));
        assertTrue(producer.errorNext(new TimeoutException("expired")));
        pastTheBackoff();
        writer.resendDue();
        assertTrue(producer.errorNext(new TimeoutException("expired again")));

        FrontierStoreException failure = assertThrows(FrontierStoreException.class, writer::resendDue);
        assertTrue(failure.getMessage().contains(TOPIC) && failure.getMessage().contains("2 attempts")
                && failure.getMessage().contains("restart"), failure.getMessage());
        assertThrows(FrontierStoreException.class, () -> writer.write(fetched("http://a.cn/2")));
        assertThrows(FrontierStoreException.class, writer::flush);
    }

    @Test
    void aNonRetriableErrorBreaksTheWriterAtOnce() {
        writer.write(fetched("http://a.cn/1"));
        assertTrue(producer.errorNext(new TopicAuthorizationException("denied")));

        FrontierStoreException failure = assertThrows(FrontierStoreException.class, writer::flush);
        assertTrue(failure.getMessage().contains("not retriable"), failure.getMessage());
        assertEquals(1, producer.history().size());
    }

    @Test
    void aSendRefusedOnTheSpotBreaksTheWriter() {
        producer.close();
        assertThrows(FrontierStoreException.class, () -> writer.write(fetched("http://a.cn/1")));
        assertThrows(FrontierStoreException.class, writer::resendDue);
    }
}
