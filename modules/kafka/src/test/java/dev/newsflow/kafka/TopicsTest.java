package dev.newsflow.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void namesAreUniqueAndKeyingIsDocumented() {
        Set<String> names = new HashSet<>();
        for (Topic<?, ?> topic : Topics.all()) {
            assertTrue(names.add(topic.name()), "duplicate topic " + topic.name());
            assertFalse(topic.keying() == null || topic.keying().isBlank(), topic.name() + " says why it is keyed so");
        }
    }

    @Test
    void layoutsBecomeBrokerConfigs() {
        assertEquals("compact", Topics.ARTICLES.layout().topicConfigs().get("cleanup.policy"));
        assertEquals("delete", Topics.RAW_PAGES.layout().topicConfigs().get("cleanup.policy"));
        assertEquals(Long.toString(7 * Topic.Layout.DAY_MS), Topics.RAW_PAGES.layout().topicConfigs().get("retention.ms"));
        assertEquals(Integer.toString(Topic.Layout.PAGE_MESSAGE_BYTES),
                Topics.RAW_PAGES.layout().topicConfigs().get("max.message.bytes"), "raw pages carry whole pages");
        assertEquals("compact", Topics.CRAWL_STATE.layout().topicConfigs().get("cleanup.policy"));
        assertTrue(!Topics.REFORM_EVENTS.layout().topicConfigs().containsKey("max.message.bytes"));
    }

    @Test
    void categoryTopicsShareTheEventSerdes() {
        Topic<String, ?> tcm = Topics.reformEventsOf("TCM");
        assertEquals("reform-events.TCM", tcm.name());
        assertTrue(tcm.valueSerde() == Topics.REFORM_EVENTS.valueSerde());
    }
}
