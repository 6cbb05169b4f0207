package dev.newsflow.sink.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesUpToTheMaximumAndStartsOverAfterReset() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(500));
        assertEquals(100, backoff.next().toMillis());
        assertEquals(200, backoff.next().toMillis());
        assertEquals(400, backoff.next().toMillis());
        assertEquals(500, backoff.next().toMillis());
        assertEquals(500, backoff.next().toMillis());
        backoff.reset();
        assertEquals(100, backoff.next().toMillis());
    }

    @Test
    void refusesAMaximumBelowTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
    }
}
