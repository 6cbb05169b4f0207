package dev.newsflow.stream.mapping;

import dev.newsflow.clean.CleanedPage;
import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.Evidence;
import dev.newsflow.contracts.Indicator;
import dev.newsflow.contracts.QuarantinedPage;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Region;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.contracts.Repairs;
import dev.newsflow.contracts.Stage;
import dev.newsflow.extract.ExtractedEvent;
import dev.newsflow.pipeline.ProcessedPage;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the page pipeline's plain Java results onto the Avro contracts (Article, ReformEvent,
 * QuarantinedPage). Pure functions: the topology decides keys and topics.
 */
public final class ContractMapper {

    private ContractMapper() {}

    /** The article of a processed page, before duplicate detection (no duplicateOf, no mentions). */
    public static Article article(ProcessedPage page, RawPage raw, long simhash, Instant processedAt) {
        CleanedPage c = page.cleaned();
        return Article.newBuilder()
                .setId(page.articleId())
                .setUrl(page.url())
                .setSite(Sites.hostOf(raw))
                .setTitle(nullToEmpty(c.title()))
                .setPublishedDate(c.publishedDate())
                .setFetchedAt(raw.getFetchedAt())
                .setText(c.spam() ? "" : nullToEmpty(c.text()))
                .setSpam(c.spam())
                .setRemoved(removals(c.removed()))
                .setRepairs(repairs(c.repairs()))
                .setDeclaredCharset(c.declaredCharset())
                .setDetectedCharset(nullToEmpty(c.detectedCharset()))
                .setRelevant(page.extraction().relevant())
                .setRegion(region(page.extraction().region()))
                .setSimhash(simhash)
                .setDuplicateOf(null)
                .setMentions(new ArrayList<>())
                .setProcessedAt(processedAt)
                .build();
    }

    /** The events of a processed page, each carrying its article's id and URL. */
    public static List<ReformEvent> events(ProcessedPage page, Instant extractedAt) {
        List<ReformEvent> events = new ArrayList<>(page.extraction().events().size());
        for (ExtractedEvent e : page.extraction().events()) {
            events.add(event(e, page.articleId(), page.url(), extractedAt));
        }
        return events;
    }

    static ReformEvent event(ExtractedEvent e, String articleId, String url, Instant extractedAt) {
        List<Indicator> indicators = new ArrayList<>(e.indicators().size());
        for (dev.newsflow.extract.Indicator i : e.indicators()) {
            indicators.add(Indicator.newBuilder()
                    .setMetric(i.metric())
                    .setValue(i.value())
                    // the extractor says "" for a bare count; the contract says null
                    .setUnit(i.unit() == null || i.unit().isEmpty() ? null : i.unit())
                    .setChange(i.change())
                    .build());
        }
        return ReformEvent.newBuilder()
                .setEventId(e.eventId())
                .setArticleId(articleId)
                .setUrl(url)
                .setCategory(e.category())
                .setStage(stage(e.stage()))
                .setRegion(region(e.region()))
                .setDate(e.date())
                .setDeadline(e.deadline())
                .setIndicators(indicators)
                .setEvidence(Evidence.newBuilder().setSentence(e.evidence()).setStart(e.start()).setEnd(e.end()).build())
                .setConfidence(e.confidence())
                .setExtractedAt(extractedAt)
                .build();
    }

    /** A whole-page spam verdict with its reasons and the original record, for audit and release. */
    public static QuarantinedPage quarantined(ProcessedPage page, RawPage raw, byte[] rawBytes, Instant at,
            String application) {
        CleanedPage c = page.cleaned();
        List<Removal> reasons = new ArrayList<>();
        for (Removal r : removals(c.removed())) {
            if (r.getReason() == RemovalReason.SPAM) {
                reasons.add(r);
            }
        }
        return QuarantinedPage.newBuilder()
                .setArticleId(page.articleId())
                .setUrl(page.url())
                .setSite(Sites.hostOf(raw))
                .setTitle(nullToEmpty(c.title()))
                .setReasons(reasons)
                .setDetectedCharset(nullToEmpty(c.detectedCharset()))
                .setFetchedAt(raw.getFetchedAt())
                .setQuarantinedAt(at)
                .setRawPage(ByteBuffer.wrap(rawBytes))
                .setApplication(application)
                .build();
    }

    static Region region(dev.newsflow.extract.Region r) {
        dev.newsflow.extract.Region region = r == null ? dev.newsflow.extract.Region.NATIONAL : r;
        return Region.newBuilder()
                .setName(region.name())
                .setProvince(region.province())
                .setCity(region.city())
                .setCounty(region.county())
                .setAdcode(region.adcode())
                .build();
    }

    static Stage stage(dev.newsflow.extract.Stage stage) {
        try {
            return Stage.valueOf(stage.name());
        } catch (IllegalArgumentException e) {
            return Stage.OTHER; // a stage newer than the contract: the contract's own fallback
        }
    }

    private static List<Removal> removals(List<dev.newsflow.clean.Removal> removed) {
        List<Removal> out = new ArrayList<>(removed.size());
        for (dev.newsflow.clean.Removal r : removed) {
            out.add(Removal.newBuilder()
                    .setReason(reason(r.reason()))
                    .setRule(nullToEmpty(r.rule()))
                    .setText(nullToEmpty(r.text()))
                    .build());
        }
        return out;
    }

    private static RemovalReason reason(dev.newsflow.clean.RemovalReason reason) {
        try {
            return RemovalReason.valueOf(reason.name());
        } catch (IllegalArgumentException e) {
            return RemovalReason.OTHER;
        }
    }

    private static Repairs repairs(dev.newsflow.clean.Repairs r) {
        return Repairs.newBuilder()
                .setConvertedChars(r.convertedChars())
                .setPinyinAnnotations(r.pinyinAnnotations())
                .setMojibakeRepaired(r.mojibakeRepaired())
                .setMojibakeUnrecoverable(r.mojibakeUnrecoverable())
                .build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
