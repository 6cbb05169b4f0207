package dev.newsflow.sink;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.Evidence;
import dev.newsflow.contracts.Indicator;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Region;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.contracts.Samples;
import dev.newsflow.contracts.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Articles and events for tests, built from the contract samples with the fields a test varies. */
public final class TestRecords {

    public static final Region JIUQUAN = Samples.jiuquan();
    public static final Region YUMEN = region("玉门市", "甘肃省", "酒泉市", "玉门市", "620981");
    public static final Region CHENGDU = region("成都市", "四川省", "成都市", null, "510100");
    public static final Region NATIONAL = region("全国", null, null, null, "000000");

    private TestRecords() {}

    public static Region region(String name, String province, String city, String county, String adcode) {
        return Region.newBuilder().setName(name).setProvince(province).setCity(city).setCounty(county).setAdcode(adcode).build();
    }

    public static Article article(String id, Region region, LocalDate date, String title, String text) {
        return Article.newBuilder(Samples.article())
                .setId(id)
                .setUrl("https://news.example.cn/" + id + ".html")
                .setTitle(title)
                .setText(text)
                .setPublishedDate(date)
                .setRegion(region)
                .setRemoved(List.of(
                        Removal.newBuilder().setReason(RemovalReason.SPAM).setRule("porn-lexicon:av").setText("永久免费av网站").build(),
                        Removal.newBuilder().setReason(RemovalReason.BOILERPLATE).setRule("icp-licence").setText("陇ICP备05000000号").build()))
                .setMentions(List.of("https://mirror.example.cn/" + id + ".html"))
                .build();
    }

    public static ReformEvent event(String eventId, String articleId, String category, Stage stage, Region region,
            LocalDate date, String sentence) {
        return ReformEvent.newBuilder(Samples.reformEvent())
                .setEventId(eventId)
                .setArticleId(articleId)
                .setUrl("https://news.example.cn/" + articleId + ".html")
                .setCategory(category)
                .setStage(stage)
                .setRegion(region)
                .setDate(date)
                .setIndicators(List.of(
                        Indicator.newBuilder().setMetric("门诊量").setValue(18.3).setUnit("%").setChange(true).build(),
                        Indicator.newBuilder().setMetric("医共体").setValue(5).setUnit("个").setChange(false).build()))
                .setEvidence(Evidence.newBuilder().setSentence(sentence).setStart(0).setEnd(sentence.length()).build())
                .setExtractedAt(Instant.parse("2024-01-01T00:00:00Z"))
                .build();
    }

    public static DeadLetter deadLetter(String stage) {
        return DeadLetter.newBuilder(Samples.deadLetter()).setStage(stage).build();
    }
}
