package dev.newsflow.pipeline;

import java.util.Objects;

/**
 * A page to run through the pipeline: its bytes as fetched and what the fetch said about it.
 *
 * @param body raw bytes, any charset
 * @param url the page URL; for a local file, a stand-in such as its path (it seeds the article id)
 * @param contentType HTTP Content-Type value when known, else null
 * @param publisherAdcode GB/T 2260 code of the publisher's region when the site list names one, else null
 * @param released an operator released this page from quarantine, so it is not judged for spam
 */
public record PageSource(byte[] body, String url, String contentType, String publisherAdcode, boolean released) {

    public PageSource {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(url, "url");
    }

    /** A page as fetched, judged by every rule. */
    public PageSource(byte[] body, String url, String contentType, String publisherAdcode) {
        this(body, url, contentType, publisherAdcode, false);
    }
}
