package dev.newsflow.crawl.fetch;

/** Bytes received for a body, and whether more were on offer than the cap allowed. */
record CappedBody(byte[] bytes, boolean truncated) {}
