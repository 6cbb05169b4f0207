package dev.newsflow.crawl.fetch;

/** Why a fetch produced no HTTP answer to keep. */
public enum FetchFailure {
    /** The address guard refused the URL or one of its redirect targets. */
    REFUSED_ADDRESS(false),
    /** The redirect chain came back to a URL already visited. */
    REDIRECT_LOOP(false),
    /** More redirects than allowed. */
    TOO_MANY_REDIRECTS(false),
    /** A redirect without a usable Location. */
    BAD_REDIRECT(false),
    /** Connecting or reading took longer than allowed. */
    TIMEOUT(true),
    /** The connection failed or broke. */
    NETWORK(true);

    private final boolean transientFailure;

    FetchFailure(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** Whether trying again later may succeed. */
    public boolean isTransient() {
        return transientFailure;
    }
}
