package dev.newsflow.stream;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.QuarantinedPage;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.serde.AvroSerde;
import dev.newsflow.kafka.Topics;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.stream.aggregate.ActivityKeys;
import dev.newsflow.stream.aggregate.Granularity;
import dev.newsflow.stream.aggregate.SiteActivity;
import dev.newsflow.stream.dedup.ArticleDraft;
import dev.newsflow.stream.dedup.ArticleLedger;
import dev.newsflow.stream.dedup.BandEntry;
import dev.newsflow.stream.dedup.Bands;
import dev.newsflow.stream.dedup.LedgerEntry;
import dev.newsflow.stream.dedup.NearDuplicateBand;
import dev.newsflow.stream.dlq.DeadLetters;
import dev.newsflow.stream.mapping.Sites;
import dev.newsflow.stream.page.PageOutcome;
import dev.newsflow.stream.page.PageStage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The newsflow topology, as a plain function of a {@link StreamsBuilder}: the runtime, the command line, the
 * benchmark and the tests all build it here.
 *
 * <pre>
 * raw-pages ─► decode, clean, extract ─┬─ failed ───────────────────────────────► dead-letters
 *                                      ├─ spam ─────────────────────────────────► quarantined-pages
 *                                      └─ article ─► band 0 ─► band 1 ─► band 2 ─► band 3 (near-duplicates)
 *                                                      canonical ─┬─► reform-events (key: adcode) [+ per category]
 *                                                                 └─► ledger ─► articles (with mentions)
 *                                                      duplicate ─┬─► articles (duplicateOf set)
 *                                                                 └─► ledger (URL added to the canonical's mentions)
 * events, pages, spam, duplicates, dead-letters ─► windowed counts (Interactive Queries)
 * </pre>
 *
 * Every processor, store and internal topic is named (and the runtime enforces it), so that upgrades keep
 * their state.
 */
public final class NewsflowTopology {

    private static final Serde<String> STRING = Serdes.String();
    private static final Serde<Long> LONG = Serdes.Long();

    private NewsflowTopology() {}

    /** A built topology. */
    public static Topology topology(TopologySettings settings, PageProcessor pages) {
        StreamsBuilder builder = new StreamsBuilder();
        build(builder, settings, pages);
        return builder.build();
    }

    /** Adds the newsflow topology to the builder. */
    public static void build(StreamsBuilder builder, TopologySettings settings, PageProcessor pages) {
        DeadLetters deadLetters = new DeadLetters(settings.applicationId(), settings.maxKeptBytes());

        KStream<String, PageOutcome> outcomes = builder
                .stream(Topics.RAW_PAGES.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-pages-source"))
                .process(() -> new PageStage(pages, deadLetters, settings.minDedupChars(), settings.maxRecordBytes()),
                        Named.as("clean-and-extract"));

        Map<String, KStream<String, PageOutcome>> routes = outcomes.split(Named.as("page-"))
                .branch((url, outcome) -> outcome instanceof PageOutcome.Failed, Branched.as("failed"))
                .branch((url, outcome) -> outcome instanceof PageOutcome.Quarantined, Branched.as("spam"))
                .defaultBranch(Branched.as("accepted"));

        routes.get("page-failed")
                .mapValues(outcome -> ((PageOutcome.Failed) outcome).letter(), Named.as("failed-to-dead-letter"))
                .to(Topics.DEAD_LETTERS.name(), Produced.with(STRING, Topics.DEAD_LETTERS.valueSerde()).withName("dead-letters-sink"));

        KStream<String, PageOutcome> spam = routes.get("page-spam");
        spam.mapValues(outcome -> ((PageOutcome.Quarantined) outcome).page(), Named.as("spam-to-quarantine"))
                .to(Topics.QUARANTINED_PAGES.name(),
                        Produced.with(STRING, Topics.QUARANTINED_PAGES.valueSerde()).withName("quarantine-sink"));

        KStream<String, ArticleDraft> drafts = routes.get("page-accepted")
                .mapValues(outcome -> ((PageOutcome.Accepted) outcome).draft(), Named.as("accepted-draft"));

        Deduplicated dedup = deduplicate(builder, drafts, settings.dedupWindow());

        // Duplicates: their own article record, linked to the canonical one, and no events.
        dedup.duplicates
                .map((key, draft) -> KeyValue.pair(draft.articleId(), draft.article()), Named.as("duplicate-article"))
                .to(Topics.ARTICLES.name(), Produced.with(STRING, Topics.ARTICLES.valueSerde()).withName("duplicate-articles-sink"));

        // The ledger publishes canonical articles and adds duplicates' URLs to their mentions.
        dedup.canonical.selectKey((key, draft) -> draft.articleId(), Named.as("ledger-key-canonical"))
                .merge(dedup.duplicates.selectKey((key, draft) -> draft.duplicateOf(), Named.as("ledger-key-duplicate")),
                        Named.as("ledger-input"))
                .repartition(Repartitioned.<String, ArticleDraft>as(StoreNames.ARTICLE_LEDGER_TOPIC)
                        .withKeySerde(STRING).withValueSerde(ArticleDraft.serde()))
                .process(() -> new ArticleLedger(StoreNames.ARTICLE_LEDGER, settings.dedupWindow()),
                        Named.as("article-ledger"), StoreNames.ARTICLE_LEDGER)
                .to(Topics.ARTICLES.name(), Produced.with(STRING, Topics.ARTICLES.valueSerde()).withName("articles-sink"));

        KStream<String, ReformEvent> events = dedup.canonical.flatMap((key, draft) -> {
            List<KeyValue<String, ReformEvent>> out = new ArrayList<>(draft.events().size());
            for (ReformEvent event : draft.events()) {
                out.add(KeyValue.pair(event.getRegion().getAdcode(), event));
            }
            return out;
        }, Named.as("events-by-region"));
        Serde<ReformEvent> eventSerde = Topics.REFORM_EVENTS.valueSerde();
        events.to(Topics.REFORM_EVENTS.name(), Produced.with(STRING, eventSerde).withName("reform-events-sink"));
        if (!settings.categoryTopics().isEmpty()) {
            Set<String> routed = settings.categoryTopics();
            // Only categories whose topic was created up front: the broker does not create topics on demand.
            events.filter((adcode, event) -> routed.contains(event.getCategory()), Named.as("routed-categories"))
                    .to((adcode, event, context) -> Topics.reformEventsOf(event.getCategory()).name(),
                            Produced.with(STRING, eventSerde).withName("category-events-sink"));
        }

        eventCounts(events);
        siteActivity(builder, outcomes, spam, dedup.duplicates);
    }

    /** The two outputs of duplicate detection. */
    private record Deduplicated(KStream<String, ArticleDraft> canonical, KStream<String, ArticleDraft> duplicates) {}

    /**
     * Near-duplicate detection: each article visits the {@link Bands#COUNT} band stores in turn, each time
     * repartitioned by its band key; an article linked in one band skips the rest. Articles too short to
     * hash go around.
     */
    private static Deduplicated deduplicate(StreamsBuilder builder, KStream<String, ArticleDraft> drafts, Duration window) {
        Map<String, KStream<String, ArticleDraft>> eligible = drafts.split(Named.as("dedup-"))
                .branch((key, draft) -> draft.simhash() != 0L, Branched.as("hashed"))
                .defaultBranch(Branched.as("too-short"));
        KStream<String, ArticleDraft> undecided = eligible.get("dedup-hashed");
        KStream<String, ArticleDraft> duplicates = null;
        Serde<ArticleDraft> draftSerde = ArticleDraft.serde();
        for (int band = 0; band < Bands.COUNT; band++) {
            int b = band;
            builder.addStateStore(Stores.windowStoreBuilder(
                    Stores.persistentWindowStore(StoreNames.dedupBand(band), window.multipliedBy(2), Duration.ofMinutes(1), true),
                    STRING, BandEntry.serde()));
            KStream<String, ArticleDraft> checked = undecided
                    .selectKey((key, draft) -> Bands.key(b, draft.simhash()), Named.as("dedup-band-" + band + "-key"))
                    .repartition(Repartitioned.<String, ArticleDraft>as(StoreNames.dedupBandTopic(band))
                            .withKeySerde(STRING).withValueSerde(draftSerde))
                    .processValues(() -> new NearDuplicateBand(StoreNames.dedupBand(b), window),
                            Named.as("dedup-band-" + band), StoreNames.dedupBand(band));
            Map<String, KStream<String, ArticleDraft>> verdict = checked.split(Named.as("dedup-band-" + band + "-"))
                    .branch((key, draft) -> draft.isDuplicate(), Branched.as("duplicate"))
                    .defaultBranch(Branched.as("undecided"));
            KStream<String, ArticleDraft> found = verdict.get("dedup-band-" + band + "-duplicate");
            duplicates = duplicates == null ? found : duplicates.merge(found, Named.as("duplicates-through-band-" + band));
            undecided = verdict.get("dedup-band-" + band + "-undecided");
        }
        KStream<String, ArticleDraft> canonical = undecided.merge(eligible.get("dedup-too-short"), Named.as("canonical"));
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.ARTICLE_LEDGER, window.multipliedBy(2), Duration.ofMinutes(1), false),
                STRING, LedgerEntry.serde()));
        return new Deduplicated(canonical, duplicates);
    }

    /** Events per category × province, per hour and per day. */
    private static void eventCounts(KStream<String, ReformEvent> events) {
        KGroupedStream<String, Long> grouped = events
                .map((adcode, event) -> KeyValue.pair(ActivityKeys.categoryProvince(event), 1L), Named.as("event-count-key"))
                .groupByKey(Grouped.with(StoreNames.EVENT_COUNTS_TOPIC, STRING, LONG));
        for (Granularity g : Granularity.values()) {
            grouped.windowedBy(TimeWindows.ofSizeAndGrace(g.size(), Granularity.GRACE))
                    .count(Named.as(g.eventStore() + "-count"), Materialized.<String, Long, WindowStore<Bytes, byte[]>>as(g.eventStore())
                            .withKeySerde(STRING).withValueSerde(LONG).withRetention(g.retention()));
        }
    }

    /** Pages, spam, duplicates and dead letters per site, per hour and per day. */
    private static void siteActivity(StreamsBuilder builder, KStream<String, PageOutcome> outcomes,
            KStream<String, PageOutcome> spam, KStream<String, ArticleDraft> duplicates) {
        KStream<String, Long> pages = outcomes.map((url, outcome) ->
                KeyValue.pair(ActivityKeys.siteActivity(outcome.site(), SiteActivity.PAGES), 1L), Named.as("site-pages"));
        KStream<String, Long> spamPages = spam.map((url, outcome) ->
                KeyValue.pair(ActivityKeys.siteActivity(outcome.site(), SiteActivity.SPAM), 1L), Named.as("site-spam"));
        KStream<String, Long> duplicatePages = duplicates.map((key, draft) ->
                KeyValue.pair(ActivityKeys.siteActivity(draft.site(), SiteActivity.DUPLICATES), 1L),
                Named.as("site-duplicates"));
        // Dead letters are counted from their topic, so that those written by Streams' exception handlers and
        // by other components count too. Read as bytes: a bad record there is counted, never re-dead-lettered.
        AvroSerde<DeadLetter> letters = AvroSerde.of(DeadLetter.class);
        KStream<String, Long> deadLetters = builder
                .stream(Topics.DEAD_LETTERS.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("dead-letters-source"))
                .map((key, value) -> KeyValue.pair(ActivityKeys.siteActivity(siteOfDeadLetter(key, value, letters),
                        SiteActivity.DEAD_LETTERS), 1L), Named.as("site-dead-letters"));
        KGroupedStream<String, Long> grouped = pages
                .merge(spamPages, Named.as("site-activity-spam"))
                .merge(duplicatePages, Named.as("site-activity-duplicates"))
                .merge(deadLetters, Named.as("site-activity-dead-letters"))
                .groupByKey(Grouped.with(StoreNames.SITE_ACTIVITY_TOPIC, STRING, LONG));
        for (Granularity g : Granularity.values()) {
            grouped.windowedBy(TimeWindows.ofSizeAndGrace(g.size(), Granularity.GRACE))
                    .count(Named.as(g.siteStore() + "-count"), Materialized.<String, Long, WindowStore<Bytes, byte[]>>as(g.siteStore())
                            .withKeySerde(STRING).withValueSerde(LONG).withRetention(g.retention()));
        }
    }

    private static String siteOfDeadLetter(byte[] key, byte[] value, AvroSerde<DeadLetter> letters) {
        if (key != null) {
            String host = Sites.hostOf(new String(key, StandardCharsets.UTF_8));
            if (!Sites.UNKNOWN.equals(host)) {
                return host;
            }
        }
        try {
            DeadLetter letter = letters.deserialize(Topics.DEAD_LETTERS.name(), value);
            return letter == null ? Sites.UNKNOWN : Sites.hostOf(letter.getKey() == null ? null
                    : StandardCharsets.UTF_8.decode(letter.getKey().duplicate()).toString());
        } catch (RuntimeException e) {
            return Sites.UNKNOWN;
        }
    }
}
