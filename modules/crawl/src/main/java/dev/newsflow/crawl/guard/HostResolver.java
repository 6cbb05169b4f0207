package dev.newsflow.crawl.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Name resolution as the guard sees it; the system resolver in production. */
@FunctionalInterface
public interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
