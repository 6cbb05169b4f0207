package dev.newsflow.crawl.discover;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Links of an HTML page, absolute and normalized, in page order, without duplicates. The bytes are parsed
 * with the declared charset when there is one, else jsoup's own detection (meta tags): only URLs are read
 * here, and they are ASCII in practice, so a wrong guess costs little. Links marked rel=nofollow are kept:
 * nofollow concerns ranking, not crawling, and news list pages often carry it.
 */
public final class LinkExtractor {

    private final UrlNormalizer normalizer;

    public LinkExtractor(UrlNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public Set<String> links(byte[] html, String declaredCharset, String baseUrl) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(html), supported(declaredCharset), baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse HTML of " + baseUrl, e);
        }
        Set<String> links = new LinkedHashSet<>();
        for (Element anchor : document.select("a[href], area[href]")) {
            normalizer.normalize(anchor.absUrl("href")).ifPresent(links::add);
        }
        return links;
    }

    private static String supported(String charset) {
        if (charset == null) {
            return null;
        }
        try {
            return Charset.isSupported(charset) ? charset : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
