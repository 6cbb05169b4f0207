package dev.newsflow.contracts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Fully populated records for contract tests. */
public final class Samples {

    private Samples() {}

    public static RawPage rawPage() {
        return RawPage.newBuilder()
                .setUrl("http://www.jiuquan.gov.cn/news/2023/1223.html")
                .setFinalUrl("https://www.jiuquan.gov.cn/news/2023/1223.html")
                .setRedirects(List.of())
                .setFetchedAt(Instant.parse("2023-12-23T02:17:00Z"))
                .setStatus(200)
                .setHeaders(Map.of("content-type", "text/html; charset=gbk", "etag", "\"abc\""))
                .setContentType("text/html")
                .setDeclaredCharset("gbk")
                .setBody(ByteBuffer.wrap("<html><title>酒泉市深化公立医院改革</title></html>"
                        .getBytes(StandardCharsets.UTF_8)))
                .setSource(CrawlSource.FEED)
                .setSite("jiuquan")
                .setPublisherAdcode("620900")
                .setDepth(1)
                .build();
    }

    public static Region jiuquan() {
        return Region.newBuilder().setName("酒泉市").setProvince("甘肃省").setCity("酒泉市")
                .setCounty(null).setAdcode("620900").build();
    }

    public static ReformEvent reformEvent() {
        return ReformEvent.newBuilder()
                .setEventId("e-5f1c")
                .setArticleId("a-77d0")
                .setUrl("https://www.jiuquan.gov.cn/news/2023/1223.html")
                .setCategory("MEDICAL_CONSORTIUM")
                .setStage(Stage.PILOT)
                .setRegion(Region.newBuilder().setName("玉门市").setProvince("甘肃省").setCity("酒泉市")
                        .setCounty("玉门市").setAdcode("620981").build())
                .setDate(LocalDate.of(2023, 12, 23))
                .setDeadline(null)
                .setIndicators(List.of(Indicator.newBuilder().setMetric("门诊量").setValue(18.3).setUnit("%")
                        .setChange(true).build()))
                .setEvidence(Evidence.newBuilder().setSentence("玉门市被列为省级紧密型医共体试点单位")
                        .setStart(812).setEnd(830).build())
                .setConfidence(0.9)
                .setExtractedAt(Instant.parse("2023-12-23T03:00:00Z"))
                .build();
    }

    public static Article article() {
        return Article.newBuilder()
                .setId("a-77d0")
                .setUrl("https://www.jiuquan.gov.cn/news/2023/1223.html")
                .setSite("www.jiuquan.gov.cn")
                .setTitle("酒泉市深化公立医院改革推动医疗卫生事业高质量发展")
                .setPublishedDate(LocalDate.of(2023, 12, 23))
                .setFetchedAt(Instant.parse("2023-12-23T02:17:00Z"))
                .setText("近年来,酒泉市委、市政府高度重视医疗卫生事业和公立医院发展。")
                .setSpam(false)
                .setRemoved(List.of(Removal.newBuilder().setReason(RemovalReason.SPAM).setRule("porn-lexicon")
                        .setText("永久免费av网站").build()))
                .setRepairs(Repairs.newBuilder().setConvertedChars(1234).setPinyinAnnotations(0)
                        .setMojibakeRepaired(0).setMojibakeUnrecoverable(0).build())
                .setDeclaredCharset(null)
                .setDetectedCharset("UTF-8")
                .setRelevant(true)
                .setRegion(jiuquan())
                .setSimhash(0x5f1c_77d0_0000_0001L)
                .setDuplicateOf(null)
                .setMentions(List.of())
                .setProcessedAt(Instant.parse("2023-12-23T03:00:00Z"))
                .build();
    }

    public static DeadLetter deadLetter() {
        return DeadLetter.newBuilder()
                .setTopic("raw-pages").setPartition(3).setOffset(42L)
                .setKey(ByteBuffer.wrap("k".getBytes(StandardCharsets.UTF_8)))
                .setValue(ByteBuffer.wrap(new byte[] {1, 2, 3}))
                .setStage("deserialize").setErrorClass("x.Y").setErrorMessage("bad")
                .setFailedAt(Instant.parse("2023-12-23T03:00:00Z")).setApplication("newsflow-streams")
                .build();
    }
}
