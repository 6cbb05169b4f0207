package dev.newsflow.crawl.fetch;

/** What the previous answer said about its version, sent back for a conditional GET; fields may be null. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
