package dev.newsflow.crawl.guard;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Server-side request forgery guard: decides, before every request and again for every redirect hop,
 * whether a URL may be fetched. A URL is refused when its scheme is not http(s), when its host is a
 * numeric IPv4 form other than canonical dotted decimal (2130706433, 0177.0.0.1, 0x7f.1: resolvers and
 * browsers disagree on what they mean), when it is an IPv4-mapped IPv6 literal, or when any address the
 * host resolves to lies in a {@link ForbiddenRange}. Hosts in the allowlist (names or address literals,
 * as configured by the operator) skip the address check.
 *
 * <p>Residual risk: the JDK 17 {@code HttpClient} resolves the host again when it connects and offers no
 * hook to pin the connection to the address checked here, so a DNS server answering differently within
 * that window (DNS rebinding) could still steer one request to a forbidden address. Deployments that need
 * to close that window should run the crawler behind an egress proxy or firewall that drops private
 * destinations.
 */
public final class UrlGuard {

    /** All labels numeric (decimal, octal or hex): WHATWG URL parsing treats such a host as IPv4. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)^(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?$");
    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$");

    private final boolean enabled;
    private final Set<String> allowedHosts;
    private final HostResolver resolver;

    public UrlGuard(boolean enabled, Set<String> allowedHosts, HostResolver resolver) {
        this.enabled = enabled;
        this.allowedHosts = allowedHosts.stream().map(UrlGuard::canonicalHost).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** The guard as configured by default: on, nothing allowlisted, the system resolver. */
    public static UrlGuard strict() {
        return new UrlGuard(true, Set.of(), HostResolver.system());
    }

    public GuardDecision check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return GuardDecision.refuse("scheme not allowed: " + (scheme.isEmpty() ? "(none)" : scheme));
        }
        String host = hostOf(url);
        if (host == null || host.isEmpty()) {
            return GuardDecision.refuse("no host in URL");
        }
        host = canonicalHost(host);
        boolean allowlisted = allowedHosts.contains(host);
        if (enabled && !allowlisted) {
            Optional<String> literalProblem = literalProblem(host);
            if (literalProblem.isPresent()) {
                return GuardDecision.refuse(literalProblem.get());
            }
        }
        List<InetAddress> addresses;
        try {
            addresses = Arrays.asList(resolver.resolve(host));
        } catch (UnknownHostException e) {
            return GuardDecision.refuse("unknown host: " + host);
        }
        if (!enabled || allowlisted) {
            return GuardDecision.allow(addresses);
        }
        for (InetAddress address : addresses) {
            if (allowedHosts.contains(address.getHostAddress())) {
                continue;
            }
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                return GuardDecision.refuse(host + " resolves to " + refusal.get());
            }
        }
        return GuardDecision.allow(addresses);
    }

    /**
     * The decision on one address, without contacting it: why it is forbidden, or empty when it may be
     * fetched.
     */
    public static Optional<String> refusal(InetAddress address) {
        if (!ForbiddenRange.isKnownFamily(address)) {
            return Optional.of(address.getHostAddress() + " (unknown address family)");
        }
        return ForbiddenRange.of(address)
                .map(range -> address.getHostAddress() + " in forbidden range " + range.description());
    }

    private static Optional<String> literalProblem(String host) {
        if (NUMERIC_HOST.matcher(host).matches() && !CANONICAL_IPV4.matcher(host).matches()) {
            return Optional.of("ambiguous numeric IPv4 host: " + host);
        }
        if (host.contains(":")) {
            try {
                // A literal is parsed, never looked up. The JDK turns an IPv4-mapped IPv6 literal into an
                // Inet4Address, which is how a mapped literal is recognised here.
                InetAddress parsed = InetAddress.getByName(host);
                if (parsed instanceof Inet4Address) {
                    return Optional.of("IPv4-mapped IPv6 literal: " + host);
                }
            } catch (UnknownHostException e) {
                return Optional.of("malformed IPv6 literal: " + host);
            }
        }
        return Optional.empty();
    }

    /**
     * java.net.URI gives no host for authorities that are not valid host names, such as 2130706433 or
     * 127.1 (a last label starting with a digit); the guard still needs to see them to refuse them.
     */
    private static String hostOf(URI url) {
        if (url.getHost() != null) {
            return url.getHost();
        }
        String authority = url.getRawAuthority();
        if (authority == null) {
            return null;
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (!host.startsWith("[")) {
            int colon = host.lastIndexOf(':');
            host = colon >= 0 ? host.substring(0, colon) : host;
        }
        return host;
    }

    private static String canonicalHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("[") && lower.endsWith("]")) {
            return lower.substring(1, lower.length() - 1);
        }
        return lower;
    }
}
