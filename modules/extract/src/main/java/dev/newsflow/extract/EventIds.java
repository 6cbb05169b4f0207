package dev.newsflow.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable event ids: the same (article, category, region) always gives the same id. */
final class EventIds {

    private EventIds() {
    }

    /** First 128 bits of SHA-256 over "articleId|category|adcode", as 32 hex digits. */
    static String of(String articleId, String category, String adcode) {
        byte[] digest = SHA_256.get().digest((articleId + '|' + category + '|' + adcode).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    });
}
