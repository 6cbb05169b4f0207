package dev.newsflow.crawl.kafka;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;

/**
 * Partitions {@code crawl-state} records, keyed by URL, by the URL's host: every URL of a host lands in
 * one partition, so the consumer-group member owning that partition is the only instance crawling the
 * host, and politeness holds however many instances run. Same murmur2 hash as Kafka's default
 * partitioner, applied to the host instead of the key.
 */
public final class HostPartitioner implements Partitioner {

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
        int partitions = cluster.partitionCountForTopic(topic);
        return partitionFor(String.valueOf(key), partitions);
    }

    /** The partition of a URL among {@code partitions}. */
    public static int partitionFor(String url, int partitions) {
        byte[] host = hostOf(url).getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(host)) % partitions;
    }

    static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host != null) {
                return host.toLowerCase(Locale.ROOT);
            }
        } catch (IllegalArgumentException malformed) {
            // fall through: hash the whole key
        }
        return url;
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }

    @Override
    public void close() {
        // nothing to release
    }
}
