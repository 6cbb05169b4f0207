package dev.newsflow.crawl.site;

/** The site list cannot be read or says something impossible; the message names the place. */
public final class SiteListException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SiteListException(String message) {
        super(message);
    }

    public SiteListException(String message, Throwable cause) {
        super(message, cause);
    }
}
