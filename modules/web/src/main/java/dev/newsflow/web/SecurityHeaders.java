package dev.newsflow.web;

import java.util.Map;

/**
 * Headers on every response. The page loads scripts and styles from this server only and runs no inline
 * script, so even markup that slipped into the DOM could not execute; the scripts build the DOM with
 * textContent in the first place.
 */
final class SecurityHeaders {

    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {}
}
