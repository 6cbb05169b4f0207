package dev.newsflow.sink;

import static dev.newsflow.sink.TestRecords.CHENGDU;
import static dev.newsflow.sink.TestRecords.JIUQUAN;
import static dev.newsflow.sink.TestRecords.NATIONAL;
import static dev.newsflow.sink.TestRecords.YUMEN;
import static dev.newsflow.sink.TestRecords.article;
import static dev.newsflow.sink.TestRecords.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.RemovalReason;
import dev.newsflow.contracts.Stage;
import dev.newsflow.sink.query.ArticleView;
import dev.newsflow.sink.query.EventFilter;
import dev.newsflow.sink.query.EventPage;
import dev.newsflow.sink.query.EventView;
import dev.newsflow.sink.query.NewsStore;
import dev.newsflow.sink.query.RegionView;
import dev.newsflow.sink.query.Stats;
import dev.newsflow.sink.store.Database;
import dev.newsflow.sink.store.StoreItem;
import dev.newsflow.sink.store.StoreWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store backend must do, run against a real database by one subclass per backend: migrations,
 * idempotent upserts, refused records, and the dashboard's queries on a small known data set.
 */
abstract class StoreContract {

    static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
    static final LocalDate MAR_2 = LocalDate.of(2024, 3, 2);
    static final LocalDate MAR_5 = LocalDate.of(2024, 3, 5);
    static final LocalDate FEB_10 = LocalDate.of(2024, 2, 10);
    static final LocalDate JAN_20 = LocalDate.of(2024, 1, 20);

    TestStore store;
    Database database;
    StoreWriter writer;
    NewsStore news;

    abstract TestStore newStore();

    @BeforeEach
    void openStore() throws SQLException {
        store = newStore();
        database = Database.open(store.config());
        database.migrate();
        writer = new StoreWriter(database);
        news = new NewsStore(database);
        assertEquals(List.of(), writer.write(dataSet()));
    }

    @AfterEach
    void closeStore() {
        database.close();
        store.close();
    }

    /** Six articles (one spam, one duplicate), six events (one whose article is not stored), three dead letters. */
    static List<StoreItem> dataSet() {
        List<StoreItem> items = new ArrayList<>();
        items.add(new StoreItem.ArticleUpsert(article("a1", JIUQUAN, MAR_1, "酒泉市深化公立医院改革",
                "近年来,酒泉市推进紧密型县域医共体建设,公立医院综合改革取得进展。")));
        items.add(new StoreItem.ArticleUpsert(article("a2", CHENGDU, MAR_5, "成都医保支付方式改革",
                "成都市全面推行DRG付费改革,医保基金运行平稳,基金医保协同。")));
        items.add(new StoreItem.ArticleUpsert(article("a3", NATIONAL, FEB_10, "国家卫健委部署医改重点任务",
                "国家卫生健康委印发通知,部署深化医药卫生体制改革重点工作任务。")));
        items.add(new StoreItem.ArticleUpsert(article("a4", YUMEN, null, "玉门市医共体试点", "玉门市被列为省级紧密型医共体试点单位。")));
        items.add(new StoreItem.ArticleUpsert(Article.newBuilder(article("a5", JIUQUAN, MAR_2, "", "永久免费看片"))
                .setSpam(true).setRelevant(false).build()));
        items.add(new StoreItem.ArticleUpsert(Article.newBuilder(article("a6", JIUQUAN, MAR_1, "酒泉市深化公立医院改革",
                "近年来,酒泉市推进紧密型县域医共体建设。")).setDuplicateOf("a1").setRelevant(false).build()));
        items.add(new StoreItem.EventUpsert(event("e1", "a1", "MEDICAL_CONSORTIUM", Stage.PROGRESS, JIUQUAN, MAR_1,
                "酒泉市推进紧密型县域医共体建设")));
        items.add(new StoreItem.EventUpsert(event("e2", "a1", "PUBLIC_HOSPITAL_REFORM", Stage.PROGRESS, JIUQUAN, MAR_1,
                "公立医院综合改革取得进展")));
        items.add(new StoreItem.EventUpsert(event("e3", "a2", "PAYMENT_REFORM", Stage.ANNOUNCED, CHENGDU, MAR_5,
                "成都市全面推行DRG付费改革")));
        items.add(new StoreItem.EventUpsert(event("e4", "a3", "PUBLIC_HOSPITAL_REFORM", Stage.TARGET, NATIONAL, FEB_10,
                "部署深化医药卫生体制改革重点工作任务")));
        items.add(new StoreItem.EventUpsert(event("e5", "a4", "MEDICAL_CONSORTIUM", Stage.PILOT, YUMEN, null,
                "玉门市被列为省级紧密型医共体试点单位")));
        items.add(new StoreItem.EventUpsert(event("e6", "a-not-stored", "MEDICAL_CONSORTIUM", Stage.ANNOUNCED, CHENGDU, JAN_20,
                "成都市启动城市医疗集团建设")));
        items.add(new StoreItem.DeadLetterRow(0, 1, TestRecords.deadLetter("sink")));
        items.add(new StoreItem.DeadLetterRow(1, 1, TestRecords.deadLetter("sink")));
        items.add(new StoreItem.DeadLetterRow(0, 2, TestRecords.deadLetter("clean")));
        return items;
    }

    // --- migrations and writes -------------------------------------------------------------------------

    @Test
    void migratingAgainChangesNothing() throws SQLException {
        assertEquals(0, database.migrate().migrationsExecuted);
        assertEquals(List.of("1|true", "2|true", "3|true"), rows("SELECT version, success FROM flyway_schema_history "
                + "WHERE version IS NOT NULL ORDER BY installed_rank"));
    }

    @Test
    void writingTheSameRecordsTwiceLeavesTheSameRows() throws SQLException {
        List<List<String>> before = dump();
        assertEquals(List.of(), writer.write(dataSet()));
        assertEquals(before, dump());
        assertEquals(List.of("6"), rows("SELECT COUNT(*) FROM articles"));
        assertEquals(List.of("12"), rows("SELECT COUNT(*) FROM article_removals"));
        assertEquals(List.of("12"), rows("SELECT COUNT(*) FROM event_indicators"));
    }

    @Test
    void aNewVersionOfAnArticleReplacesItsRowsAndTerms() throws SQLException {
        Article changed = Article.newBuilder(article("a1", JIUQUAN, MAR_1, "酒泉市卫生健康工作会议", "会议总结了全年工作。"))
                .setRemoved(List.of(Removal.newBuilder().setReason(RemovalReason.OTHER).setRule("r").setText("x").build()))
                .build();
        assertEquals(List.of(), writer.write(List.of(new StoreItem.ArticleUpsert(changed))));
        ArticleView view = news.article("a1").orElseThrow();
        assertEquals("酒泉市卫生健康工作会议", view.title());
        assertEquals(List.of(new ArticleView.RemovedLine("OTHER", "r", "x")), view.removed());
        assertEquals(0, news.events(EventFilter.all().withText("公立医院"), 0, 10).total());
        assertEquals(List.of("e2", "e1"), ids(news.events(EventFilter.all().withText("卫生健康工作"), 0, 10)));
    }

    @Test
    void aTombstoneDeletesTheArticle() throws SQLException {
        assertEquals(List.of(), writer.write(List.of(new StoreItem.ArticleDeletion("a4"))));
        assertTrue(news.article("a4").isEmpty());
        assertEquals(List.of("0"), rows("SELECT COUNT(*) FROM article_removals WHERE article_id = 'a4'"));
        assertEquals(0, news.events(EventFilter.all().withText("玉门"), 0, 10).total());
    }

    @Test
    void refusedRecordsAreReturnedWithTheReasonAndTheRestCommits() throws SQLException {
        ReformEvent tooLong = event("e-bad", "a1", "X".repeat(65), Stage.OTHER, JIUQUAN, MAR_1, "句子");
        Article badRegion = article("a-bad", TestRecords.region("某地", null, null, null, "62090"), MAR_1, "标题", "正文");
        StoreItem good = new StoreItem.EventUpsert(event("e-good", "a2", "PAYMENT_REFORM", Stage.OTHER, CHENGDU, MAR_5, "句子"));
        StoreItem refusedEvent = new StoreItem.EventUpsert(tooLong);
        StoreItem refusedArticle = new StoreItem.ArticleUpsert(badRegion);

        List<StoreWriter.Rejection> rejections = writer.write(List.of(refusedArticle, good, refusedEvent));

        assertEquals(2, rejections.size());
        assertSame(refusedArticle, rejections.get(0).item());
        assertSame(refusedEvent, rejections.get(1).item());
        assertFalse(rejections.get(1).reason().getMessage().isBlank());
        assertEquals(List.of("1"), rows("SELECT COUNT(*) FROM events WHERE event_id = 'e-good'"));
        assertEquals(List.of("0"), rows("SELECT COUNT(*) FROM events WHERE event_id = 'e-bad'"));
        assertTrue(news.article("a-bad").isEmpty());
    }

    // --- queries ---------------------------------------------------------------------------------------

    @Test
    void theFeedIsNewestFirstWithUndatedEventsLast() {
        EventPage page = news.events(EventFilter.all(), 0, 50);
        assertEquals(List.of("e3", "e2", "e1", "e4", "e6", "e5"), ids(page));
        assertEquals(6, page.total());
        assertFalse(page.hasMore());
    }

    @Test
    void pagesFollowEachOtherWithoutOverlap() {
        EventPage first = news.events(EventFilter.all(), 0, 4);
        EventPage second = news.events(EventFilter.all(), 4, 4);
        assertEquals(List.of("e3", "e2", "e1", "e4"), ids(first));
        assertTrue(first.hasMore());
        assertEquals(List.of("e6", "e5"), ids(second));
        assertFalse(second.hasMore());
        assertEquals(6, second.total());
        assertEquals(List.of(), ids(news.events(EventFilter.all(), 6, 4)));
    }

    @Test
    void filtersByCategoryStageAndDates() {
        assertEquals(List.of("e1", "e6", "e5"), ids(news.events(EventFilter.all().withCategory("MEDICAL_CONSORTIUM"), 0, 10)));
        assertEquals(List.of("e5"), ids(news.events(EventFilter.all().withStage("PILOT"), 0, 10)));
        assertEquals(List.of("e2", "e1"), ids(news.events(EventFilter.all().withDates(MAR_1, MAR_2), 0, 10)));
        assertEquals(List.of("e4", "e6"), ids(news.events(EventFilter.all().withDates(null, FEB_10), 0, 10)));
        assertEquals(List.of("e2"), ids(news.events(EventFilter.all().withCategory("PUBLIC_HOSPITAL_REFORM")
                .withDates(MAR_1, null), 0, 10)));
    }

    @Test
    void filtersByProvinceCodeOrName() {
        List<String> gansu = List.of("e2", "e1", "e5");
        assertEquals(gansu, ids(news.events(EventFilter.all().withProvince("620000"), 0, 10)));
        assertEquals(gansu, ids(news.events(EventFilter.all().withProvince("620981"), 0, 10)));
        assertEquals(gansu, ids(news.events(EventFilter.all().withProvince("甘肃省"), 0, 10)));
        assertEquals(List.of("e3", "e6"), ids(news.events(EventFilter.all().withProvince("四川省"), 0, 10)));
        assertEquals(List.of("e4"), ids(news.events(EventFilter.all().withProvince("000000"), 0, 10)));
        assertEquals(List.of(), ids(news.events(EventFilter.all().withProvince("湖北省"), 0, 10)));
    }

    @Test
    void fullTextSearchFindsAChinesePhrase() {
        assertEquals(List.of("e2", "e1"), ids(news.events(EventFilter.all().withText("公立医院"), 0, 10)));
        assertEquals(List.of("e2", "e1", "e5"), ids(news.events(EventFilter.all().withText("医共体"), 0, 10)));
        assertEquals(List.of("e4"), ids(news.events(EventFilter.all().withText("体制改革 重点工作"), 0, 10)));
        assertEquals(List.of("e3"), ids(news.events(EventFilter.all().withText("drg"), 0, 10)));
        assertEquals(List.of("e5"), ids(news.events(EventFilter.all().withText("玉"), 0, 10)));
    }

    @Test
    void fullTextSearchMatchesThePhraseNotJustItsCharacterPairs() {
        // a2 holds every bigram of 医保基金医保 (医保基金..., 基金医保...) but not the phrase itself
        assertEquals(0, news.events(EventFilter.all().withText("医保基金医保"), 0, 10).total());
        assertEquals(List.of("e3"), ids(news.events(EventFilter.all().withText("医保基金"), 0, 10)));
    }

    @Test
    void fullTextSearchCombinesWithFilters() {
        assertEquals(List.of("e1"), ids(news.events(EventFilter.all().withText("医共体").withCategory("MEDICAL_CONSORTIUM")
                .withDates(MAR_1, MAR_1), 0, 10)));
    }

    @Test
    void anArticleComesWithEverythingThatExplainsIt() {
        ArticleView view = news.article("a1").orElseThrow();
        assertEquals("酒泉市深化公立医院改革", view.title());
        assertEquals("https://news.example.cn/a1.html", view.url());
        assertEquals("www.jiuquan.gov.cn", view.site());
        assertEquals(MAR_1, view.publishedDate());
        assertEquals(new RegionView("620900", "酒泉市", "甘肃省", "酒泉市", null), view.region());
        assertEquals(List.of(new ArticleView.RemovedLine("SPAM", "porn-lexicon:av", "永久免费av网站"),
                new ArticleView.RemovedLine("BOILERPLATE", "icp-licence", "陇ICP备05000000号")), view.removed());
        assertEquals(new ArticleView.Repairs(1234, 0, 0, 0), view.repairs());
        assertEquals(List.of("https://mirror.example.cn/a1.html"), view.mentions());
        assertEquals(List.of("e1", "e2"), view.events().stream().map(EventView::eventId).toList());
        EventView first = view.events().get(0);
        assertEquals(new EventView.EvidenceView("酒泉市推进紧密型县域医共体建设", 0, 15), first.evidence());
        assertEquals(List.of(new EventView.IndicatorView("门诊量", 18.3, "%", true),
                new EventView.IndicatorView("医共体", 5, "个", false)), first.indicators());
        assertEquals("酒泉市深化公立医院改革", first.articleTitle());
        assertFalse(view.spam());
        assertTrue(news.article("no-such-article").isEmpty());
    }

    @Test
    void eventsOfArticlesNotYetStoredAreListedWithoutATitle() {
        EventView event = news.events(EventFilter.all().withDates(JAN_20, JAN_20), 0, 10).events().get(0);
        assertEquals("e6", event.eventId());
        assertEquals(null, event.articleTitle());
        assertEquals("四川省", event.region().province());
    }

    @Test
    void statsCountPerCategoryProvinceAndDay() {
        Stats stats = news.stats(null, null);
        assertEquals(List.of(new Stats.Count("MEDICAL_CONSORTIUM", 3), new Stats.Count("PUBLIC_HOSPITAL_REFORM", 2),
                new Stats.Count("PAYMENT_REFORM", 1)), stats.eventsPerCategory());
        assertEquals(List.of(new Stats.ProvinceCount("620000", "甘肃省", 3), new Stats.ProvinceCount("510000", "四川省", 2),
                new Stats.ProvinceCount("000000", "全国", 1)), stats.eventsPerProvince());
        assertEquals(List.of(new Stats.DayCount(JAN_20, 1), new Stats.DayCount(FEB_10, 1), new Stats.DayCount(MAR_1, 2),
                new Stats.DayCount(MAR_5, 1)), stats.eventsPerDay());
        assertEquals(new Stats.Totals(6, 1, 1, 4, 6, 3), stats.totals());
        assertEquals(List.of(new Stats.Count("sink", 2), new Stats.Count("clean", 1)), stats.deadLettersPerStage());
    }

    @Test
    void statsOverADateRange() {
        Stats march = news.stats(MAR_1, LocalDate.of(2024, 3, 31));
        assertEquals(List.of(new Stats.Count("MEDICAL_CONSORTIUM", 1), new Stats.Count("PAYMENT_REFORM", 1),
                new Stats.Count("PUBLIC_HOSPITAL_REFORM", 1)), march.eventsPerCategory());
        assertEquals(List.of(new Stats.DayCount(MAR_1, 2), new Stats.DayCount(MAR_5, 1)), march.eventsPerDay());
        // a1, a2, a5 (spam) and a6 (duplicate) are dated in March
        assertEquals(new Stats.Totals(4, 1, 1, 2, 3, 3), march.totals());
    }

    // --- helpers -----------------------------------------------------------------------------------------

    static List<String> ids(EventPage page) {
        return page.events().stream().map(EventView::eventId).toList();
    }

    /** Every row of every table the sink writes (search tables aside), in key order. */
    List<List<String>> dump() throws SQLException {
        List<List<String>> tables = new ArrayList<>();
        tables.add(rows("SELECT * FROM regions ORDER BY adcode"));
        tables.add(rows("SELECT * FROM articles ORDER BY id"));
        tables.add(rows("SELECT * FROM article_removals ORDER BY article_id, position"));
        tables.add(rows("SELECT * FROM article_mentions ORDER BY article_id, position"));
        tables.add(rows("SELECT * FROM events ORDER BY event_id"));
        tables.add(rows("SELECT * FROM event_indicators ORDER BY event_id, position"));
        tables.add(rows("SELECT * FROM dead_letters ORDER BY dl_partition, dl_offset"));
        return tables;
    }

    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    Object value = result.getObject(column);
                    values.add(value instanceof Integer i && meta.getColumnTypeName(column).equalsIgnoreCase("BOOLEAN")
                            ? Boolean.toString(i != 0) : String.valueOf(value));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
