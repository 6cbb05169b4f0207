package dev.newsflow.clean;

import java.util.Objects;

/**
 * One raw page as fetched.
 *
 * @param body        the bytes exactly as received (any charset; HTML or a plain-text dump)
 * @param url         where the page came from, or {@code null} when unknown
 * @param contentType the HTTP {@code Content-Type} header value, or {@code null}; its charset parameter
 *                    is one input to charset detection, never trusted blindly
 * @param released    an operator released this page from quarantine: they vouch it is not spam, so the spam
 *                    rules do not apply to it (boilerplate rules, normalization and limits still do)
 */
public record PageInput(byte[] body, String url, String contentType, boolean released) {
    public PageInput {
        Objects.requireNonNull(body, "body");
    }

    /** A page as fetched, judged by every rule. */
    public PageInput(byte[] body, String url, String contentType) {
        this(body, url, contentType, false);
    }

    public static PageInput of(byte[] body) {
        return new PageInput(body, null, null);
    }
}
