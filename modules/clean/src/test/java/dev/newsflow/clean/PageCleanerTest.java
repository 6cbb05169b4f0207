package dev.newsflow.clean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole pages through {@link PageCleaner}: spam, chrome, charsets, script. */
class PageCleanerTest {
    private static final String HEADLINE = "县级医院高质量发展实施方案";
    private static final List<String> ARTICLE = List.of(
            "为进一步深化医药卫生体制改革，推动公立医院高质量发展，省卫生健康委印发实施方案。",
            "按疾病诊断相关分组（DRG）付费的医保基金占比达到70%。",
            "各地要加强呼吸（含尘肺）、重症等临床专科能力建设。（省卫生健康委、省医保局按职责分工负责）",
            "初心如磐，使命在肩。");

    private static PageCleaner cleaner;

    @BeforeAll
    static void setUp() {
        cleaner = PageCleaner.withDefaults();
    }

    private static CleanedPage clean(String page) {
        return cleaner.clean(PageInput.of(TestPages.bytes(page)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "big5-wrong-meta.html, GB18030, Big5",
            "big5-no-meta.html, , Big5",
            "gbk-wrong-meta.html, Big5, GB18030",
            "gbk-no-meta.html, , GB18030",
            "utf8-bom.html, UTF-8, UTF-8",
    })
    void decodesByTheBytesNotByAWrongDeclaration(String page, String declared, String detected) {
        CleanedPage cleaned = clean(page);
        assertEquals(declared, cleaned.declaredCharset());
        assertEquals(detected, cleaned.detectedCharset());
        assertEquals(HEADLINE, cleaned.title());
        assertEquals("2023-06-23", cleaned.publishedDate().toString());
        for (String sentence : ARTICLE) {
            assertTrue(cleaned.text().contains(sentence), () -> "missing: " + sentence + "\n" + cleaned.text());
        }
        assertFalse(cleaned.text().contains("不是正文"), "script content is not text");
        assertFalse(cleaned.text().contains("发布时间"), "the date line is header chrome");
    }

    @Test
    void aPageThatIsNothingButSpamIsSpam() {
        CleanedPage cleaned = clean("spam-only-gbk.html");
        assertTrue(cleaned.spam());
        assertEquals("", cleaned.text());
        assertEquals("", cleaned.title());
        assertTrue(cleaned.removed().stream().anyMatch(r -> r.rule().startsWith("title; ")));
        assertTrue(cleaned.removed().stream().anyMatch(r -> r.rule().startsWith("spider-pool")));
        assertTrue(cleaned.removed().stream().anyMatch(r -> r.rule().startsWith("gambling-lexicon")));
    }

    @Test
    void aReleasedPageIsNotJudgedForSpam() {
        // A real report on a crackdown reads like the spam it reports on: quarantined until an operator releases it.
        String page = String.join("\n\n",
                "百家乐 六合彩 网络赌博 办证",
                "警方捣毁百家乐六合彩网络赌博平台，查处办证刻章、东京热色情网站推广团伙",
                "关闭百家乐、六合彩网络赌博网站和办证、色情视频推广账号，清理东京热等非法链接。") + "\n";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        assertTrue(cleaner.clean(new PageInput(body, null, null)).spam(), "judged by the rules, it is spam");

        CleanedPage released = cleaner.clean(new PageInput(body, null, null, true));
        assertFalse(released.spam());
        assertTrue(released.text().contains("关闭百家乐、六合彩网络赌博网站"), released.text());
        assertTrue(released.removed().stream().noneMatch(r -> r.reason() == RemovalReason.SPAM), "no spam rule applied");
    }

    @Test
    void hiddenTitleAndLinkListSpamGoesWithItsReason() {
        CleanedPage cleaned = clean("hidden-and-link-spam.html");
        assertFalse(cleaned.spam());
        assertEquals(HEADLINE, cleaned.title());
        for (String gone : List.of("东京热", "久久久", "免费AV", "百家乐", "代开发票", "亚洲无码", "欧美成人")) {
            assertFalse(cleaned.text().contains(gone), gone);
            assertFalse(cleaned.title().contains(gone), gone);
        }
        assertTrue(hasRemoval(cleaned, RemovalReason.SPAM, "hidden-element; porn-lexicon: 东京热"));
        assertTrue(hasRemoval(cleaned, RemovalReason.SPAM, "title; porn-lexicon: 东京热"));
        assertTrue(hasRemoval(cleaned, RemovalReason.SPAM, "link-list; "));
        for (String chrome : List.of("当前位置", "京ICP备", "公网安备", "版权所有", "分享到", "相关文章", "登录")) {
            assertFalse(cleaned.text().contains(chrome), chrome);
        }
        for (String sentence : ARTICLE) {
            assertTrue(cleaned.text().contains(sentence), sentence);
        }
    }

    @Test
    void aSentenceListingCountiesStaysWhileTheSpiderPoolGoes() {
        CleanedPage cleaned = clean("county-list-article.txt");
        assertFalse(cleaned.spam());
        assertTrue(cleaned.text().contains("本次新增试点覆盖涟源市、新化县、双峰县、冷水江市、娄星区、宁乡市、浏阳市、长沙县、望城区、攸县、茶陵县、炎陵县、醴陵市等13个县市区。"));
        assertFalse(cleaned.text().contains("庄河市"));
        assertFalse(cleaned.text().contains("蜘蛛池"));
        assertFalse(cleaned.text().contains("体验区"));
        assertEquals("2024-03-05", cleaned.publishedDate().toString());
    }

    @Test
    void anUnlabelledPlaceNameLinkFarmIsSpam() {
        CleanedPage cleaned = clean("unlabelled-place-farm.txt");
        assertFalse(cleaned.text().contains("峨眉山市"));
        assertTrue(hasRemoval(cleaned, RemovalReason.SPAM, "place-list: "));
        assertTrue(cleaned.text().contains("评估范围包括全省所有乡镇卫生院和社区卫生服务中心"));
    }

    @Test
    void realQuestionMarksAndParenthesesStay() {
        CleanedPage cleaned = clean("county-list-article.txt");
        assertTrue(cleaned.text().contains("怎么让群众在家门口看好病？关键在基层。"));
        assertTrue(cleaned.text().contains("按病种分值（DIP）付费"));
        assertTrue(cleaned.text().contains("（电话：0731-12345678）"));
        assertEquals(0, cleaned.repairs().mojibakeUnrecoverable());
        CleanedPage ascii = cleaner.clean(PageInput.of(("医保改革怎么推进?\n\n医保改革怎么推进?各地积极探索按病种付费(DRG)改革,取得了明显成效,群众负担减轻。\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(ascii.text().contains("医保改革怎么推进?各地积极探索按病种付费(DRG)改革"), ascii.text());
        assertEquals(0, ascii.repairs().mojibakeUnrecoverable());
    }

    @Test
    void pinyinAnnotatedTraditionalTextBecomesSimplified() {
        String page = "醫(yī)療衛(wèi)生事業(yè)發(fā)展\n\n推進(jìn)醫療衛生事業發(fā)展,完善醫(yī)保支付(DRG)和呼吸(含塵肺)等專科建設。\n";
        CleanedPage cleaned = cleaner.clean(PageInput.of(page.getBytes(StandardCharsets.UTF_8)));
        assertEquals("医疗卫生事业发展", cleaned.title());
        assertTrue(cleaned.text().contains("推进医疗卫生事业发展,完善医保支付(DRG)和呼吸(含尘肺)等专科建设。"), cleaned.text());
        assertEquals(7, cleaned.repairs().pinyinAnnotations());
        assertTrue(cleaned.repairs().convertedChars() > 10);
    }

    @Test
    void aLogoH1IsNotTheHeadlineAndHeadingLikeSentencesStay() {
        CleanedPage cleaned = clean("logo-h1-gbk.html");
        assertEquals("关于推进分级诊疗制度建设的实施意见", cleaned.title());
        assertEquals("2023-03-01", cleaned.publishedDate().toString());
        assertTrue(cleaned.text().startsWith("关于推进分级诊疗制度建设的实施意见\n"), cleaned.text());
        for (String kept : List.of("三、畅通服务热线", "开通12345健康服务热线，为群众提供就医咨询。", "2023年度中国医院排行榜发布",
                "我市两家医院进入榜单前一百名，医疗服务能力持续提升。", "初心如磐，使命在肩。")) {
            assertTrue(cleaned.text().contains(kept), kept);
        }
        for (String chrome : List.of("某某卫生健康网", "字体", "版权所有", "京ICP备")) {
            assertFalse(cleaned.text().contains(chrome), chrome);
        }
    }

    @Test
    void spamAppendedToAParagraphIsCutAndTheSentenceStays() {
        String page = "某县推进医共体建设\n\n各地要加强临床专科能力建设，提升县域医疗服务水平。_东京热AV在线观看_久久久精品成人网\n";
        CleanedPage cleaned = cleaner.clean(PageInput.of(page.getBytes(StandardCharsets.UTF_8)));
        assertTrue(cleaned.text().contains("各地要加强临床专科能力建设，提升县域医疗服务水平。"), cleaned.text());
        assertFalse(cleaned.text().contains("东京热"));
        assertFalse(cleaned.text().contains("久久久"));
        assertTrue(hasRemoval(cleaned, RemovalReason.SPAM, "segment; porn-lexicon: "));
        assertFalse(cleaned.spam());
    }

    @Test
    void aLongDateLineIsTheHeaderAndASentenceOpeningWithADateIsTheBody() {
        String page = "<html><body><h1>国务院办公厅印发中医药振兴发展重大工程实施方案</h1>"
                + "<div>2023-02-28 17:05　来源：新华社　字号：默认 大 超大　|　打印　|　分享</div>"
                + "<p>2023年2月27日，国务院办公厅印发《中医药振兴发展重大工程实施方案》，进一步加大对中医药发展的支持力度。</p>"
                + "<p>《方案》统筹部署了8项重大工程，共26个建设项目，到2025年力争全部县级中医医院达到二级甲等以上水平。</p>"
                + "<p>【我要纠错】 责任编辑：刘琼</p></body></html>";
        CleanedPage cleaned = cleaner.clean(PageInput.of(page.getBytes(StandardCharsets.UTF_8)));
        assertEquals("2023-02-28", String.valueOf(cleaned.publishedDate()));
        assertTrue(hasRemoval(cleaned, RemovalReason.BOILERPLATE, "date-line: "), cleaned.removed().toString());
        assertFalse(cleaned.text().contains("字号"), cleaned.text());
        assertFalse(cleaned.text().contains("责任编辑"), cleaned.text());
        assertTrue(cleaned.text().contains("2023年2月27日，国务院办公厅印发"), cleaned.text());
    }

    @Test
    void keywordsSplicedIntoReformPhrasesMakeTheWholeLineSpam() {
        String page = "县域医共体建设\n\n欧美日韩无码专区推进紧密型县域医共体建设，成人免费视频在线观看家庭医生签约服务覆盖率，"
                + "国产精品久久久久午夜，集中带量采购平均降幅。\n";
        CleanedPage cleaned = cleaner.clean(PageInput.of(page.getBytes(StandardCharsets.UTF_8)));
        assertFalse(cleaned.text().contains("成人免费视频"), cleaned.text());
        assertTrue(cleaned.spam(), "nothing but spam is left");
    }

    @Test
    void withoutADateLineThereIsNoDate() {
        String page = "某市推进医共体建设\n\n10月12日,市长专题调研医共体建设工作,要求在2025年底前实现全覆盖,2023年12月1日起执行新办法。\n";
        assertNull(cleaner.clean(PageInput.of(page.getBytes(StandardCharsets.UTF_8))).publishedDate());
    }

    private static boolean hasRemoval(CleanedPage page, RemovalReason reason, String rulePrefix) {
        return page.removed().stream().anyMatch(r -> r.reason() == reason && r.rule().startsWith(rulePrefix));
    }
}
