package dev.newsflow.crawl.politeness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolitenessPolicyTest {

    private final PolitenessPolicy policy = new PolitenessPolicy(Duration.ofSeconds(3), Duration.ofSeconds(30));

    @Test
    void crawlDelayIsHonouredUpToTheCap() {
        assertEquals(Duration.ofSeconds(3), policy.delayFor(Optional.empty()));
        assertEquals(Duration.ofSeconds(3), policy.delayFor(Optional.of(Duration.ofSeconds(1))));
        assertEquals(Duration.ofSeconds(10), policy.delayFor(Optional.of(Duration.ofSeconds(10))));
        assertEquals(Duration.ofSeconds(30), policy.delayFor(Optional.of(Duration.ofHours(1))));
    }

    @Test
    void aHostTakesOneRequestAtATimeAndRestsAfterIt() {
        HostSlots slots = new HostSlots();
        Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
        assertTrue(slots.isAvailable("a.cn", t0));
        slots.acquire("a.cn");
        assertFalse(slots.isAvailable("a.cn", t0));
        assertTrue(slots.isAvailable("b.cn", t0));
        slots.release("a.cn", t0.plusSeconds(3));
        assertFalse(slots.isAvailable("a.cn", t0.plusSeconds(2)));
        assertTrue(slots.isAvailable("a.cn", t0.plusSeconds(3)));
        assertEquals(Optional.of(t0.plusSeconds(3)), slots.availableAt("a.cn"));
    }
}
