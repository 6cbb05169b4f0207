package dev.newsflow.clean.boilerplate;

import dev.newsflow.clean.CleaningRules;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateClassifierTest {
    private final BoilerplateClassifier classifier = new BoilerplateClassifier(CleaningRules.defaults().boilerplateLexicon());

    private String rule(String line, boolean header) {
        BoilerplateVerdict v = classifier.classify(line, header);
        return v.boilerplate() ? v.rule() : null;
    }

    @Test
    void recognisesSiteChrome() {
        assertEquals("breadcrumb: 当前位置", rule("当前位置: 行业动态> 政府动态", false));
        assertTrue(rule("电信与信息服务业务经营许可证编号:京ICP证140722号", false).startsWith("icp-licence: "));
        assertEquals("icp-licence: icp备", rule("京ICP备12039121号-1", false));
        assertEquals("back-to-top: 返回顶部", rule("返回顶部", false));
        assertEquals("pagination: 下一页", rule("[1] [2]  下一页", false));
        assertEquals("pagination: page numbers", rule("1 2 3 4 … 10", false));
        assertEquals("breadcrumb: a > b > c", rule("新闻中心 > 本地新闻 > 正文", false));
        assertEquals("contact: 热线", rule("徐州导医热线:0516-85707122", false));
        assertEquals("source-line: 文章来源", rule("文章来源:徐州日报", false));
    }

    @Test
    void relatedListsStartThePageTail() {
        BoilerplateVerdict v = classifier.classify("【县级医院高质量发展实施方案】相关文章:", false);
        assertTrue(v.boilerplate());
        assertTrue(v.startsTail());
    }

    @Test
    void headerRulesOnlyApplyInTheHeader() {
        assertEquals("article-meta: 我要投稿", rule("时间:2023-06-23 16:30:49 松涛 一般方案 我要投稿", true));
        assertEquals(null, rule("作者:张三", false));
    }

    @Test
    void articleSentencesAreNeverChrome() {
        assertFalse(classifier.classify("市卫生健康委开通咨询热线,为群众提供就医指导服务,全年接听群众来电3.2万人次,办结率达到99%以上,群众满意度持续提升。", false).boilerplate());
        assertFalse(classifier.classify("根据《互联网药品信息服务管理办法》,未取得互联网药品信息服务资格证书的网站不得提供药品信息,违者依法处理,情节严重的吊销经营许可证并向社会公开通报。", false).boilerplate());
        assertFalse(classifier.classify("初心如磐,使命在肩。", false).boilerplate());
        assertFalse(classifier.classify("2022年", false).boilerplate());
    }

    @Test
    void creditsNavigationAndNeighboursBelowTheArticle() {
        assertEquals("editor-credit: 编辑:", rule("编辑：向晓敏 审核：李涛", false));
        assertEquals("editor-credit: 责任编辑", rule("责任编辑：何苗", false));
        assertEquals("share: 我要纠错", rule("【我要纠错】 责任编辑：刘琼", false));
        assertEquals("prev-next: 上一条", rule("上一条：我院开展冬季消防安全演练 下一条：医院召开2024年度总结表彰大会", false));
        assertEquals("nav-bar: 首页 |", rule("首页 | 新闻 | 赣州 | 民生 | 健康 | 教育 | 文旅", false));
        // the same words inside article text are not chrome
        assertFalse(classifier.classify("经责任编辑审核后，稿件统一发布", false).boilerplate());
        assertFalse(classifier.classify("患者可在医院首页 | 预约挂号栏目办理", false).boilerplate());
        assertFalse(classifier.classify("与上一条措施相配套，市医保局同步调整了门诊报销比例", false).boilerplate());
    }
}
