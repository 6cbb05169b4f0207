package dev.newsflow.crawl.discover;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Article URLs of an RSS (0.9x, 1.0, 2.0) or Atom feed, parsed by Rome. Relative links are resolved
 * against the feed URL; XmlReader applies the XML/HTTP charset rules.
 */
public final class FeedReader {

    private final UrlNormalizer normalizer;

    public FeedReader(UrlNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public Set<String> articleUrls(byte[] body, String contentTypeHeader, String feedUrl) throws DiscoveryException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from the web
            feed = input.build(new XmlReader(new ByteArrayInputStream(body), contentTypeHeader, true));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new DiscoveryException("not a readable RSS/Atom feed: " + e.getMessage(), e);
        }
        URI base = URI.create(feedUrl);
        Set<String> urls = new LinkedHashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink();
            if (link == null || link.isBlank()) {
                link = entry.getLinks().stream().map(SyndLink::getHref).filter(h -> h != null && !h.isBlank())
                        .findFirst().orElse(absoluteHttp(entry.getUri()));
            }
            if (link == null) {
                continue;
            }
            try {
                normalizer.normalize(base.resolve(link.trim()).toString()).ifPresent(urls::add);
            } catch (IllegalArgumentException malformed) {
                // one bad entry does not spoil the feed
            }
        }
        return urls;
    }

    /** An entry id is a link only when it is an absolute http(s) URL (an RSS guid may be any string). */
    private static String absoluteHttp(String id) {
        if (id == null) {
            return null;
        }
        String lower = id.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? id.trim() : null;
    }
}
