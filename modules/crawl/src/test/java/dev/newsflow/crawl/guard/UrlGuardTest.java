package dev.newsflow.crawl.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The address decisions, made on addresses built from bytes: nothing here resolves a name or opens a
 * connection (host names go through a map-backed resolver).
 */
class UrlGuardTest {

    @ParameterizedTest(name = "{0} is forbidden as {1}")
    @CsvSource({
            "0.0.0.0, THIS_NETWORK",
            "10.1.2.3, PRIVATE_10",
            "100.64.0.1, CGNAT",
            "100.127.255.254, CGNAT",
            "127.0.0.1, LOOPBACK_V4",
            "127.0.0.2, LOOPBACK_V4",
            "169.254.169.254, LINK_LOCAL_V4",
            "172.16.0.1, PRIVATE_172",
            "172.31.255.255, PRIVATE_172",
            "192.0.0.8, IETF_PROTOCOL",
            "192.0.2.1, DOCUMENTATION_1",
            "192.168.1.1, PRIVATE_192",
            "198.18.0.1, BENCHMARKING",
            "198.51.100.7, DOCUMENTATION_2",
            "203.0.113.9, DOCUMENTATION_3",
            "224.0.0.251, MULTICAST_V4",
            "239.255.255.250, MULTICAST_V4",
            "240.0.0.1, RESERVED_V4",
            "255.255.255.255, RESERVED_V4"})
    void forbiddenIpv4Ranges(String dotted, ForbiddenRange expected) throws Exception {
        InetAddress address = InetAddress.getByAddress(v4Bytes(dotted));
        assertEquals(Optional.of(expected), ForbiddenRange.of(address));
        assertTrue(UrlGuard.refusal(address).isPresent());
    }

    @ParameterizedTest(name = "{0} is forbidden as {1}")
    @CsvSource({
            "0000:0000:0000:0000:0000:0000:0000:0000, UNSPECIFIED_V6",
            "0000:0000:0000:0000:0000:0000:0000:0001, LOOPBACK_V6",
            "0000:0000:0000:0000:0000:ffff:7f00:0001, IPV4_MAPPED",
            "0000:0000:0000:0000:0000:ffff:0808:0808, IPV4_MAPPED",
            "0000:0000:0000:0000:0000:0000:0a00:0001, IPV4_COMPATIBLE",
            "0064:ff9b:0000:0000:0000:0000:0a00:0001, NAT64",
            "0064:ff9b:0001:0000:0000:0000:0000:0001, NAT64_LOCAL",
            "0100:0000:0000:0000:0000:0000:0000:0001, DISCARD_V6",
            "2001:0000:4136:e378:8000:63bf:3fff:fdd2, TEREDO",
            "2001:0db8:0000:0000:0000:0000:0000:0001, DOCUMENTATION_V6",
            "2002:c0a8:0101:0000:0000:0000:0000:0001, SIX_TO_FOUR",
            "fc00:0000:0000:0000:0000:0000:0000:0001, UNIQUE_LOCAL",
            "fd12:3456:789a:0000:0000:0000:0000:0001, UNIQUE_LOCAL",
            "fe80:0000:0000:0000:0202:b3ff:fe1e:8329, LINK_LOCAL_V6",
            "febf:ffff:0000:0000:0000:0000:0000:0001, LINK_LOCAL_V6",
            "fec0:0000:0000:0000:0000:0000:0000:0001, SITE_LOCAL_V6",
            "ff02:0000:0000:0000:0000:0000:0000:0001, MULTICAST_V6"})
    void forbiddenIpv6Ranges(String full, ForbiddenRange expected) throws Exception {
        // Inet6Address.getByAddress keeps mapped addresses as IPv6 (InetAddress.getByAddress would not).
        InetAddress address = Inet6Address.getByAddress(null, v6Bytes(full), -1);
        assertEquals(Optional.of(expected), ForbiddenRange.of(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0",
            "169.253.255.255", "192.169.0.1", "223.255.255.255", "111.13.100.91"})
    void publicIpv4IsAllowed(String dotted) throws Exception {
        assertEquals(Optional.empty(), UrlGuard.refusal(InetAddress.getByAddress(v4Bytes(dotted))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2606:4700:0000:0000:0000:0000:0000:1111", "2400:3200:0000:0000:0000:0000:0000:0001",
            "2001:4860:4860:0000:0000:0000:0000:8888"})
    void publicIpv6IsAllowed(String full) throws Exception {
        assertEquals(Optional.empty(), UrlGuard.refusal(Inet6Address.getByAddress(null, v6Bytes(full), -1)));
    }

    private final HostResolver resolver = mapResolver(Map.of(
            "news.example.cn", "203.208.60.1",
            "internal.example.cn", "10.0.0.5",
            "metadata.example.cn", "169.254.169.254",
            "localhost", "127.0.0.1"));

    @ParameterizedTest
    @ValueSource(strings = {"http://2130706433/", "http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://0x7f000001/",
            "http://127.1/", "http://127.0.0.01/", "http://017700000001/", "http://127.0.0.1./"})
    void ambiguousNumericHostsAreRefusedBeforeResolution(String url) {
        GuardDecision decision = guard(Set.of()).check(URI.create(url));
        assertFalse(decision.allowed(), url);
        assertTrue(decision.refusal().contains("ambiguous numeric IPv4"), decision.refusal());
    }

    @Test
    void namesResolvingToForbiddenAddressesAreRefused() {
        UrlGuard guard = guard(Set.of());
        assertTrue(guard.check(URI.create("https://news.example.cn/a.html")).allowed());
        assertFalse(guard.check(URI.create("https://internal.example.cn/a.html")).allowed());
        GuardDecision metadata = guard.check(URI.create("http://metadata.example.cn/latest/meta-data/"));
        assertFalse(metadata.allowed());
        assertTrue(metadata.refusal().contains("169.254.0.0/16"), metadata.refusal());
        assertFalse(guard.check(URI.create("http://localhost:8080/")).allowed());
    }

    @Test
    void aNameWithOneForbiddenAddressAmongOthersIsRefused() {
        HostResolver split = host -> new InetAddress[] {
                InetAddress.getByAddress(host, v4Bytes("203.208.60.1")), InetAddress.getByAddress(host, v4Bytes("10.0.0.1"))};
        assertFalse(new UrlGuard(true, Set.of(), split).check(URI.create("http://mixed.example.cn/")).allowed());
    }

    @Test
    void literalsAndSchemes() {
        UrlGuard guard = guard(Set.of());
        assertFalse(guard.check(URI.create("http://[::1]:8080/")).allowed());
        assertFalse(guard.check(URI.create("http://[fd00::1]/")).allowed());
        GuardDecision mapped = guard.check(URI.create("http://[::ffff:8.8.8.8]/"));
        assertFalse(mapped.allowed());
        assertTrue(mapped.refusal().contains("IPv4-mapped"), mapped.refusal());
        assertFalse(guard.check(URI.create("ftp://news.example.cn/file")).allowed());
        assertFalse(guard.check(URI.create("file:///etc/passwd")).allowed());
        assertFalse(guard.check(URI.create("http://unknown.example.cn/")).allowed());
    }

    @Test
    void allowlistReopensExactlyTheNamedHosts() {
        UrlGuard guard = guard(Set.of("127.0.0.1", "LOCALHOST"));
        assertTrue(guard.check(URI.create("http://127.0.0.1:8080/")).allowed());
        assertTrue(guard.check(URI.create("http://localhost:8080/")).allowed());
        assertFalse(guard.check(URI.create("http://127.0.0.2:8080/")).allowed());
        assertFalse(guard.check(URI.create("http://internal.example.cn/")).allowed());
    }

    @Test
    void aDisabledGuardOnlyChecksTheScheme() {
        UrlGuard off = new UrlGuard(false, Set.of(), resolver);
        assertTrue(off.check(URI.create("http://internal.example.cn/")).allowed());
        assertFalse(off.check(URI.create("gopher://internal.example.cn/")).allowed());
    }

    private UrlGuard guard(Set<String> allow) {
        return new UrlGuard(true, allow, resolver);
    }

    private static HostResolver mapResolver(Map<String, String> table) {
        return host -> {
            String dotted = table.get(host);
            if (dotted == null) {
                // literals are parsed without a lookup; anything else is unknown here
                if (host.matches("[0-9.]+") || host.contains(":")) {
                    return new InetAddress[] {InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByAddress(host, v4Bytes(dotted))};
        };
    }

    static byte[] v4Bytes(String dotted) {
        String[] parts = dotted.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return bytes;
    }

    static byte[] v6Bytes(String full) {
        String[] parts = full.split(":");
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            int hextet = Integer.parseInt(parts[i], 16);
            bytes[2 * i] = (byte) (hextet >>> 8);
            bytes[2 * i + 1] = (byte) hextet;
        }
        return bytes;
    }
}
