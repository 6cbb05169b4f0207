package dev.newsflow.pipeline;

import dev.newsflow.extract.StableDigest;

/**
 * Stable article ids: the same URL always gives the same id, in every process and every release, so a
 * replay or a second run updates rows and events instead of duplicating them.
 */
public final class ArticleIds {

    private ArticleIds() {}

    /** {@link StableDigest} of the URL (surrounding blanks aside). */
    public static String forUrl(String url) {
        return StableDigest.of(url.strip());
    }
}
