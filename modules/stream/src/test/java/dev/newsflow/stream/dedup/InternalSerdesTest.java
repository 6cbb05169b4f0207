package dev.newsflow.stream.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** The state stores' own encodings: they read back what they wrote, and corrupt bytes say what they should have been. */
class InternalSerdesTest {

    private static <T> T roundTrip(Serde<T> serde, T value) {
        return serde.deserializer().deserialize("store", serde.serializer().serialize("store", value));
    }

    @Test
    void aBandEntryReadsBack() {
        BandEntry entry = new BandEntry("a1b2", 0x8000_0000_0000_0001L);
        assertEquals(entry, roundTrip(BandEntry.serde(), entry));
        assertNull(BandEntry.serde().serializer().serialize("store", null));
        assertNull(BandEntry.serde().deserializer().deserialize("store", null));
    }

    @Test
    void aLedgerEntryWaitingForItsArticleReadsBack() {
        LedgerEntry waiting = new LedgerEntry(null, List.of("https://a.example/1", "https://b.example/2"), 42L);
        assertEquals(waiting, roundTrip(LedgerEntry.serde(), waiting));
    }

    @Test
    void corruptBytesAreASerializationErrorNamingTheRecord() {
        SerializationException band = assertThrows(SerializationException.class,
                () -> BandEntry.serde().deserializer().deserialize("store", new byte[] {1, 2, 3}));
        assertTrue(band.getMessage().contains("band entry"), band.getMessage());
        byte[] claimsTooMuch = {0, 0, 0, 0, 0, 0, 0, 1, 0x7f, 0, 0, 0};
        SerializationException ledger = assertThrows(SerializationException.class,
                () -> LedgerEntry.serde().deserializer().deserialize("store", claimsTooMuch));
        assertTrue(ledger.getMessage().contains("ledger entry"), ledger.getMessage());
    }
}
