package dev.newsflow.crawl.frontier;

/**
 * The frontier store cannot keep the crawler's state (the crawl-state topic stays unwritable). The crawler
 * stops with this error rather than crawl on and forget what it did: URLs whose new state was not stored
 * still have their previous state in the store, so the next run fetches them again.
 */
public final class FrontierStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FrontierStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
