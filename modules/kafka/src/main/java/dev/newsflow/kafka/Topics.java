package dev.newsflow.kafka;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.QuarantinedPage;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.serde.AvroSerde;
import dev.newsflow.kafka.Topic.Layout;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic newsflow reads or writes, in one place. Keys are chosen for ordering and co-partitioning;
 * the reasons are part of each entry and of the README's topic table.
 */
public final class Topics {

    private Topics() {}

    /** Fetched pages as the crawler got them. */
    public static final Topic<String, RawPage> RAW_PAGES = new Topic<>("raw-pages",
            Serdes.String(), AvroSerde.of(RawPage.class), Layout.retained(7 * Layout.DAY_MS).carryingPages(),
            "normalized URL: refetches of one page stay in order on one partition, so the latest fetch wins");

    /** Cleaned pages, spam or not, before and after duplicate detection. */
    public static final Topic<String, Article> ARTICLES = new Topic<>("articles",
            Serdes.String(), AvroSerde.of(Article.class), Layout.compactedForever().carryingPages(),
            "article id (derived from the URL): the latest version of an article replaces earlier ones under compaction");

    /** Extracted health-reform events. */
    public static final Topic<String, ReformEvent> REFORM_EVENTS = new Topic<>("reform-events",
            Serdes.String(), AvroSerde.of(ReformEvent.class), Layout.retained(365 * Layout.DAY_MS),
            "region adcode: one region's events stay ordered and land on one consumer");

    /** Records some stage could not handle, with the reason; replayable after a fix. */
    public static final Topic<String, DeadLetter> DEAD_LETTERS = new Topic<>("dead-letters",
            Serdes.String(), AvroSerde.of(DeadLetter.class), Layout.retained(30 * Layout.DAY_MS).carryingPages(),
            "the failed record's key as text (or its source coordinates when it had none)");

    /** Whole-page spam held for audit, with the reasons; an operator can release false positives. */
    public static final Topic<String, QuarantinedPage> QUARANTINED_PAGES = new Topic<>("quarantined-pages",
            Serdes.String(), AvroSerde.of(QuarantinedPage.class), Layout.compactedForever().carryingPages(),
            "page URL: the latest verdict on a page replaces earlier ones; kept until an operator acts on it");

    /**
     * The crawler's frontier: what was fetched, when, with which validators, and what is due next. Records
     * are partitioned by host (the crawler's HostPartitioner), so each crawler instance owns whole hosts and
     * politeness holds when scaled out.
     */
    public static final Topic<String, CrawlState> CRAWL_STATE = new Topic<>("crawl-state",
            Serdes.String(), AvroSerde.of(CrawlState.class), Layout.compactedForever(),
            "normalized URL, partitioned by its host: a restarted crawler rebuilds its hosts' frontier from the latest state per URL");

    /** Prefix of the optional per-category event topics, e.g. {@code reform-events.TCM}. */
    public static final String CATEGORY_TOPIC_PREFIX = REFORM_EVENTS.name() + ".";

    /** The per-category event topic for a taxonomy code. */
    public static Topic<String, ReformEvent> reformEventsOf(String category) {
        return REFORM_EVENTS.renamed(CATEGORY_TOPIC_PREFIX + category);
    }

    /** The topics every deployment has. */
    public static List<Topic<?, ?>> all() {
        return List.of(RAW_PAGES, ARTICLES, REFORM_EVENTS, DEAD_LETTERS, QUARANTINED_PAGES, CRAWL_STATE);
    }
}
