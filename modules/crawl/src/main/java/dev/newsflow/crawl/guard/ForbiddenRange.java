package dev.newsflow.crawl.guard;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Address ranges a crawler must never connect to on behalf of a URL it found on the web: they reach the
 * crawler's own machine, its private network or cloud metadata services, or they are not unicast at all.
 * Sources: IANA IPv4 and IPv6 special-purpose address registries (RFC 6890 and successors).
 */
public enum ForbiddenRange {
    THIS_NETWORK("0.0.0.0/8", v4(0, 0, 0, 0), 8),
    PRIVATE_10("10.0.0.0/8 private", v4(10, 0, 0, 0), 8),
    CGNAT("100.64.0.0/10 carrier-grade NAT", v4(100, 64, 0, 0), 10),
    LOOPBACK_V4("127.0.0.0/8 loopback", v4(127, 0, 0, 0), 8),
    LINK_LOCAL_V4("169.254.0.0/16 link-local (cloud metadata)", v4(169, 254, 0, 0), 16),
    PRIVATE_172("172.16.0.0/12 private", v4(172, 16, 0, 0), 12),
    IETF_PROTOCOL("192.0.0.0/24 IETF protocol assignments", v4(192, 0, 0, 0), 24),
    DOCUMENTATION_1("192.0.2.0/24 documentation", v4(192, 0, 2, 0), 24),
    PRIVATE_192("192.168.0.0/16 private", v4(192, 168, 0, 0), 16),
    BENCHMARKING("198.18.0.0/15 benchmarking", v4(198, 18, 0, 0), 15),
    DOCUMENTATION_2("198.51.100.0/24 documentation", v4(198, 51, 100, 0), 24),
    DOCUMENTATION_3("203.0.113.0/24 documentation", v4(203, 0, 113, 0), 24),
    MULTICAST_V4("224.0.0.0/4 multicast", v4(224, 0, 0, 0), 4),
    RESERVED_V4("240.0.0.0/4 reserved and broadcast", v4(240, 0, 0, 0), 4),

    UNSPECIFIED_V6("::/128 unspecified", v6(0, 0, 0, 0, 0, 0, 0, 0), 128),
    LOOPBACK_V6("::1/128 loopback", v6(0, 0, 0, 0, 0, 0, 0, 1), 128),
    IPV4_MAPPED("::ffff:0:0/96 IPv4-mapped", v6(0, 0, 0, 0, 0, 0xffff, 0, 0), 96),
    IPV4_COMPATIBLE("::/96 IPv4-compatible", v6(0, 0, 0, 0, 0, 0, 0, 0), 96),
    NAT64("64:ff9b::/96 NAT64 (embeds an IPv4 address)", v6(0x64, 0xff9b, 0, 0, 0, 0, 0, 0), 96),
    NAT64_LOCAL("64:ff9b:1::/48 local NAT64", v6(0x64, 0xff9b, 1, 0, 0, 0, 0, 0), 48),
    DISCARD_V6("100::/64 discard", v6(0x100, 0, 0, 0, 0, 0, 0, 0), 64),
    TEREDO("2001::/32 Teredo (embeds an IPv4 address)", v6(0x2001, 0, 0, 0, 0, 0, 0, 0), 32),
    DOCUMENTATION_V6("2001:db8::/32 documentation", v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0), 32),
    SIX_TO_FOUR("2002::/16 6to4 (embeds an IPv4 address)", v6(0x2002, 0, 0, 0, 0, 0, 0, 0), 16),
    UNIQUE_LOCAL("fc00::/7 unique-local", v6(0xfc00, 0, 0, 0, 0, 0, 0, 0), 7),
    LINK_LOCAL_V6("fe80::/10 link-local", v6(0xfe80, 0, 0, 0, 0, 0, 0, 0), 10),
    SITE_LOCAL_V6("fec0::/10 site-local (deprecated)", v6(0xfec0, 0, 0, 0, 0, 0, 0, 0), 10),
    MULTICAST_V6("ff00::/8 multicast", v6(0xff00, 0, 0, 0, 0, 0, 0, 0), 8);

    private final String description;
    private final byte[] network;
    private final int prefixLength;

    ForbiddenRange(String description, byte[] network, int prefixLength) {
        this.description = description;
        this.network = network;
        this.prefixLength = prefixLength;
    }

    public String description() {
        return description;
    }

    /**
     * The first forbidden range holding the address, in declaration order (so ::1 reads as loopback rather
     * than as IPv4-compatible). The address is only inspected, never resolved or contacted.
     */
    public static Optional<ForbiddenRange> of(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (ForbiddenRange range : values()) {
            if (range.contains(bytes)) {
                return Optional.of(range);
            }
        }
        return Optional.empty();
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int restBits = prefixLength % 8;
        if (restBits == 0) {
            return true;
        }
        int mask = (0xff << (8 - restBits)) & 0xff;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    /** True for the address families this enum covers; guards against a future third family. */
    static boolean isKnownFamily(InetAddress address) {
        return address instanceof Inet4Address || address instanceof Inet6Address;
    }

    private static byte[] v4(int a, int b, int c, int d) {
        return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d};
    }

    private static byte[] v6(int... hextets) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (hextets[i] >>> 8);
            bytes[2 * i + 1] = (byte) hextets[i];
        }
        return bytes;
    }
}
