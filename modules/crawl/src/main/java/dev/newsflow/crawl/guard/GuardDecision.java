package dev.newsflow.crawl.guard;

import java.net.InetAddress;
import java.util.List;

/** Whether a URL may be fetched, why not, and the addresses its host resolved to when it was checked. */
public record GuardDecision(boolean allowed, String refusal, List<InetAddress> addresses) {

    public GuardDecision {
        addresses = List.copyOf(addresses);
    }

    static GuardDecision allow(List<InetAddress> addresses) {
        return new GuardDecision(true, null, addresses);
    }

    static GuardDecision refuse(String why) {
        return new GuardDecision(false, why, List.of());
    }
}
