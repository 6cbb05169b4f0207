package dev.newsflow.crawl.discover;

/** A feed or sitemap whose content cannot be read as one. */
public final class DiscoveryException extends Exception {

    private static final long serialVersionUID = 1L;

    public DiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
