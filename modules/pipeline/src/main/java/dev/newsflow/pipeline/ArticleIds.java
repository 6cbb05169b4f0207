package dev.newsflow.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids: the same URL always gives the same id, in every process and every release, so a
 * replay or a second run updates rows and events instead of duplicating them.
 */
public final class ArticleIds {

    private ArticleIds() {}

    /** 128 bits of SHA-256 over the URL, as 32 hex digits. */
    public static String forUrl(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
