package dev.newsflow.web;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.Evidence;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Region;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.contracts.Samples;
import dev.newsflow.contracts.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Events and articles for the web tests, built from the contracts' samples. */
public final class TestEvents {

    /** A title a hijacked page could carry: it must show as text, never run. */
    public static final String HOSTILE_TITLE = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">医改通报";
    public static final String HOSTILE_SENTENCE = "<b>全市</b>推进分级诊疗<script>window.__xss = 3</script>制度建设";

    /** Article text before the evidence sentence, so evidence offsets do not start at 0. */
    private static final String LEAD = "近年来，各地持续深化医药卫生体制改革。\n";

    private TestEvents() {}

    public static Region gansu() {
        return Samples.jiuquan();
    }

    public static Region guangdong() {
        return Region.newBuilder().setName("深圳市").setProvince("广东省").setCity("深圳市").setCounty(null)
                .setAdcode("440300").build();
    }

    public static ReformEvent event(String id, String category, Stage stage, Region region, LocalDate date, Instant extractedAt) {
        return event(id, category, stage, region, date, extractedAt, region.getName() + "推进" + category + "改革试点");
    }

    public static ReformEvent event(String id, String category, Stage stage, Region region, LocalDate date, Instant extractedAt,
            String sentence) {
        return ReformEvent.newBuilder(Samples.reformEvent())
                .setEventId(id)
                .setArticleId("article-" + id)
                .setCategory(category)
                .setStage(stage)
                .setRegion(region)
                .setDate(date)
                .setEvidence(Evidence.newBuilder().setSentence(sentence).setStart(LEAD.length())
                        .setEnd(LEAD.length() + sentence.length()).build())
                .setExtractedAt(extractedAt)
                .build();
    }

    /** The article an {@link #event} points at, holding its evidence sentence and one removed spam line. */
    public static Article articleOf(ReformEvent event, String title) {
        String text = LEAD + event.getEvidence().getSentence() + "\n群众看病就医更加便捷。";
        return Article.newBuilder(Samples.article())
                .setId(event.getArticleId())
                .setUrl(event.getUrl())
                .setTitle(title)
                .setText(text)
                .setRegion(event.getRegion())
                .setRemoved(List.of(
                        Removal.newBuilder().setReason(RemovalReason.SPAM).setRule("porn-lexicon:东京热")
                                .setText("<a href=\"javascript:alert(1)\">永久免费</a>").build(),
                        Removal.newBuilder().setReason(RemovalReason.BOILERPLATE).setRule("icp-licence")
                                .setText("陇ICP备05000000号").build()))
                .build();
    }
}
