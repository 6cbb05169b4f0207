package dev.newsflow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Ids are a published contract: these values (from coreutils' sha256sum) must never change. */
class StableDigestTest {

    @Test
    void idsAreTheFirst128BitsOfSha256InHex() {
        assertEquals("f167bab9b3c23cdef95cbfc88ce1a5cf", StableDigest.of("https://example.gov.cn/a.html"));
        assertEquals("2055dfd7819ab3fc868d74e660733521", EventIds.of("abc", "PAYMENT", "420500"));
    }

    @Test
    void theSameTextGivesTheSameIdOnEveryThreadAndEveryCall() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = i % 2 == 0 ? "https://example.gov.cn/a.html" : "其他" + i;
                ids.add(pool.submit(() -> StableDigest.of(text)));
            }
            for (int i = 0; i < 200; i += 2) {
                assertEquals("f167bab9b3c23cdef95cbfc88ce1a5cf", ids.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
