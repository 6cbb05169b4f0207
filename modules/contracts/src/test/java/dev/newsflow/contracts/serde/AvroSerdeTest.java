package dev.newsflow.contracts.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Samples;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private final AvroSerde<RawPage> pages = AvroSerde.of(RawPage.class);
    private final AvroSerde<ReformEvent> events = AvroSerde.of(ReformEvent.class);

    @Test
    void roundTripsEveryContract() {
        assertEquals(Samples.rawPage(), pages.deserialize("t", pages.serialize("t", Samples.rawPage())));
        assertEquals(Samples.reformEvent(), events.deserialize("t", events.serialize("t", Samples.reformEvent())));
        AvroSerde<Article> articles = AvroSerde.of(Article.class);
        assertEquals(Samples.article(), articles.deserialize("t", articles.serialize("t", Samples.article())));
        AvroSerde<DeadLetter> letters = AvroSerde.of(DeadLetter.class);
        assertEquals(Samples.deadLetter(), letters.deserialize("t", letters.serialize("t", Samples.deadLetter())));
    }

    @Test
    void writesSingleObjectHeaderWithFingerprint() {
        byte[] bytes = pages.serialize("t", Samples.rawPage());
        assertEquals((byte) 0xC3, bytes[0]);
        assertEquals((byte) 0x01, bytes[1]);
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(pages.fingerprint(), fingerprint);
    }

    @Test
    void nullIsATombstoneBothWays() {
        assertNull(pages.serialize("t", null));
        assertNull(pages.deserialize("t", null));
    }

    @Test
    void emptyBytesAreATypedError() {
        RecordDecodingException e = assertThrows(RecordDecodingException.class, () -> pages.deserialize("raw-pages", new byte[0]));
        assertEquals(RecordDecodingException.Reason.EMPTY, e.reason());
        assertTrue(e.getMessage().contains("raw-pages"), e.getMessage());
    }

    @Test
    void truncatedBytesAreATypedError() {
        byte[] bytes = pages.serialize("t", Samples.rawPage());
        for (int cut : new int[] {bytes.length - 1, bytes.length / 2, 12}) {
            byte[] truncated = Arrays.copyOf(bytes, cut);
            RecordDecodingException e = assertThrows(RecordDecodingException.class, () -> pages.deserialize("t", truncated));
            assertEquals(RecordDecodingException.Reason.TRUNCATED, e.reason(), "cut at " + cut + ": " + e.getMessage());
        }
    }

    @Test
    void headerOnlyIsATypedError() {
        byte[] bytes = Arrays.copyOf(pages.serialize("t", Samples.rawPage()), 5);
        RecordDecodingException e = assertThrows(RecordDecodingException.class, () -> pages.deserialize("t", bytes));
        assertTrue(e.getMessage().length() > 10, e.getMessage());
    }

    @Test
    void unknownFingerprintIsATypedError() {
        byte[] bytes = pages.serialize("t", Samples.rawPage());
        ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(0x0123456789abcdefL);
        RecordDecodingException e = assertThrows(RecordDecodingException.class, () -> pages.deserialize("t", bytes));
        assertEquals(RecordDecodingException.Reason.UNKNOWN_SCHEMA, e.reason());
        assertTrue(e.getMessage().contains("123456789abcdef"), e.getMessage());
    }

    @Test
    void anotherRecordTypeIsRefusedNotMisread() {
        byte[] eventBytes = events.serialize("t", Samples.reformEvent());
        RecordDecodingException e = assertThrows(RecordDecodingException.class, () -> pages.deserialize("t", eventBytes));
        assertEquals(RecordDecodingException.Reason.UNKNOWN_SCHEMA, e.reason());
    }

    @Test
    void randomBytesAreATypedErrorNeverAnotherException() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            byte[] junk = new byte[1 + random.nextInt(200)];
            random.nextBytes(junk);
            if (i % 2 == 0 && junk.length > 10) {
                // keep a valid header so the body decoder sees garbage too
                byte[] valid = pages.serialize("t", Samples.rawPage());
                System.arraycopy(valid, 0, junk, 0, 10);
            }
            try {
                RawPage decoded = pages.deserialize("t", junk);
                // a garbage body can, rarely, happen to decode; it must then be a complete record
                assertTrue(decoded.getUrl() != null);
            } catch (RecordDecodingException expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
            }
        }
    }

    @Test
    void decodingErrorsAreKafkaSerializationExceptions() {
        assertTrue(SerializationException.class.isAssignableFrom(RecordDecodingException.class),
                "Kafka clients and Streams handlers treat SerializationException as a poison record");
    }

    @Test
    void bytesFieldSurvivesIntact() {
        byte[] body = new byte[70_000];
        new Random(3).nextBytes(body);
        RawPage page = Samples.rawPage();
        page.setBody(ByteBuffer.wrap(body));
        RawPage back = pages.deserialize("t", pages.serialize("t", page));
        byte[] read = new byte[back.getBody().remaining()];
        back.getBody().get(read);
        assertArrayEquals(body, read);
    }
}
