package dev.newsflow.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The form of the project's stable ids (articles, events): the first 128 bits of SHA-256 over a text's UTF-8
 * bytes, as 32 lower-case hex digits. The same text gives the same id in every process and every release.
 */
public final class StableDigest {
    /** One digest per thread: {@code MessageDigest.getInstance} looks the provider up on every call. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    });

    private StableDigest() {
    }

    public static String of(String text) {
        byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)); // digest() also resets it
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
