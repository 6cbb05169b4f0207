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
}
