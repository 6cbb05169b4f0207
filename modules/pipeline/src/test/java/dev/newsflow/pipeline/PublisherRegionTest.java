package dev.newsflow.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An article that names no place of its own takes its publisher's: the site list's, else the page footer's. */
class PublisherRegionTest {

    private static final PageProcessor PROCESSOR = PageProcessor.withDefaults();

    private static final String PAGE = """
            <html><head><title>我市深化公立医院薪酬制度改革_卫生健康委员会</title></head><body>
            <div class="nav">首页 | 新闻动态 | 政务公开 | 办事服务</div>
            <h1>我市深化公立医院薪酬制度改革</h1>
            <p>发布时间：2023-07-04</p>
            <p>今年以来，我市在全市18家公立医院全面推开薪酬制度改革，全市18家公立医院院长全部实行年薪制。</p>
            <p>我市全面落实党委领导下的院长负责制，医务人员满意度由78.5%提升至86.9%。</p>
            <div class="footer">主办单位：沧州市卫生健康委员会　地址：河北省沧州市运河区永济西路　电话：0317-2025600</div>
            </body></html>
            """;

    private static ProcessedPage process(String publisherAdcode) {
        return PROCESSOR.process(new PageSource(PAGE.getBytes(StandardCharsets.UTF_8), "https://wjw.example.cn/a.html",
                "text/html; charset=utf-8", publisherAdcode));
    }

    @Test
    void theFooterNamesThePublisherWhenTheSiteListDoesNot() {
        ProcessedPage page = process(null);
        assertFalse(page.extraction().events().isEmpty(), "the page reports reform events");
        assertEquals("130900", page.extraction().region().adcode(), "沧州市, from 主办单位 in the footer");
        page.extraction().events().forEach(event -> assertEquals("130900", event.region().adcode(), event.toString()));
    }

    @Test
    void theSiteListWinsOverThePage() {
        assertEquals("130100", process("130100").extraction().region().adcode(), "the operators' 石家庄市");
    }
}
