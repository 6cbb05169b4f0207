package dev.newsflow.crawl.site;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which URLs a site's crawl may follow: those matching an include pattern (or, when there is none, those
 * on one of the site's hosts) and no exclude pattern. Patterns are Java regular expressions searched
 * anywhere in the normalized URL (anchor them with ^ and $ to match all of it).
 */
public record UrlScope(List<Pattern> include, List<Pattern> exclude, Set<String> defaultHosts) {

    public UrlScope {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        defaultHosts = Set.copyOf(defaultHosts);
    }

    public boolean allows(String url) {
        for (Pattern pattern : exclude) {
            if (pattern.matcher(url).find()) {
                return false;
            }
        }
        if (!include.isEmpty()) {
            return include.stream().anyMatch(pattern -> pattern.matcher(url).find());
        }
        String host = URI.create(url).getHost();
        return host != null && defaultHosts.contains(host.toLowerCase(Locale.ROOT));
    }
}
