package dev.newsflow.kafka;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic with everything a client needs to use it correctly: its name, the serdes of its keys and
 * values, its layout, and why its records are keyed the way they are.
 *
 * @param name topic name
 * @param keySerde serde of record keys
 * @param valueSerde serde of record values
 * @param layout cleanup policy and retention (partitions and replication come from configuration)
 * @param keying what the key is and why: ordering and co-partitioning guarantees consumers rely on
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Layout layout, String keying) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        Objects.requireNonNull(layout, "layout");
    }

    /** The same topic under another name, e.g. a per-category event topic. */
    public Topic<K, V> renamed(String newName) {
        return new Topic<>(newName, keySerde, valueSerde, layout, keying);
    }

    /**
     * How the broker keeps a topic's records.
     *
     * @param compacted keep the latest record per key forever (state and changelog-like topics)
     * @param retentionMs how long records are kept when not compacted; -1 for ever
     * @param maxMessageBytes largest record batch the topic accepts; 0 for the broker's default (1 MiB),
     *     raised for topics that carry whole pages
     */
    public record Layout(boolean compacted, long retentionMs, int maxMessageBytes) {

        public static final long DAY_MS = 24L * 60 * 60 * 1000;

        /** Pages are capped at 5 MiB by the crawler and 10 MiB by the cleaner; records carry them whole. */
        public static final int PAGE_MESSAGE_BYTES = 16 * 1024 * 1024;

        public static Layout retained(long retentionMs) {
            return new Layout(false, retentionMs, 0);
        }

        public static Layout compactedForever() {
            return new Layout(true, -1, 0);
        }

        /** The same layout for records as large as whole pages. */
        public Layout carryingPages() {
            return new Layout(compacted, retentionMs, PAGE_MESSAGE_BYTES);
        }

        /** Topic-level broker configs that realise this layout. */
        public Map<String, String> topicConfigs() {
            Map<String, String> configs = new java.util.LinkedHashMap<>();
            configs.put("cleanup.policy", compacted ? "compact" : "delete");
            if (!compacted) {
                configs.put("retention.ms", Long.toString(retentionMs));
            }
            if (maxMessageBytes > 0) {
                configs.put("max.message.bytes", Integer.toString(maxMessageBytes));
            }
            return configs;
        }
    }
}
