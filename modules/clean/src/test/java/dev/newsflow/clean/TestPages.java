package dev.newsflow.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the hand-made pages under src/test/resources/pages (written by scripts/clean/make-test-pages.py). */
final class TestPages {
    private TestPages() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = TestPages.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test page " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
