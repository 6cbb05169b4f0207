package dev.newsflow.stream.aggregate;

import java.time.Instant;

/**
 * What happened to one site's pages within one window.
 *
 * @param site lower-case host
 * @param windowStart start of the hour or day (UTC)
 * @param pages raw pages read
 * @param spam pages quarantined as spam
 * @param duplicates articles linked to an earlier copy
 * @param deadLetters dead letters written
 */
public record SiteCount(String site, Instant windowStart, long pages, long spam, long duplicates, long deadLetters) {}
