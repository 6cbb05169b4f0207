package dev.newsflow.extract;

/** Stable event ids: the same (article, category, region) always gives the same id. */
final class EventIds {

    private EventIds() {
    }

    /** {@link StableDigest} of "articleId|category|adcode". */
    static String of(String articleId, String category, String adcode) {
        return StableDigest.of(articleId + '|' + category + '|' + adcode);
    }
}
