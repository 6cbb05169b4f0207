package dev.newsflow.clean;

import java.util.Objects;

/**
 * One raw page as fetched.
 *
 * @param body        the bytes exactly as received (any charset; HTML or a plain-text dump)
 * @param url         where the page came from, or {@code null} when unknown
 * @param contentType the HTTP {@code Content-Type} header value, or {@code null}; its charset parameter
 *                    is one input to charset detection, never trusted blindly
 */
public record PageInput(byte[] body, String url, String contentType) {
    public PageInput {
        Objects.requireNonNull(body, "body");
    }

    public static PageInput of(byte[] body) {
        return new PageInput(body, null, null);
    }
}
