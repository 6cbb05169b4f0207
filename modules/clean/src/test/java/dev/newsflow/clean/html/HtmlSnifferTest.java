package dev.newsflow.clean.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlSnifferTest {
    @Test
    void tellsHtmlFromPlainText() {
        assertTrue(HtmlSniffer.looksLikeHtml("<!DOCTYPE html><html><body>x</body></html>"));
        assertTrue(HtmlSniffer.looksLikeHtml("  <div class=\"a\">正文</div>"));
        assertFalse(HtmlSniffer.looksLikeHtml("酒泉市深化公立医院改革\n按DRG<或>DIP付费, a<b"));
    }

    @Test
    void estimatesNestingIgnoringUnclosedParagraphs() {
        assertEquals(3, HtmlSniffer.estimateDepth("<div><div><span>x</span></div></div>"));
        assertEquals(1, HtmlSniffer.estimateDepth("<div><p>a<p>b<li>c<br><img src=x></div>"));
        assertEquals(1000, HtmlSniffer.estimateDepth("<div>".repeat(1000)));
    }

    @Test
    void theTagStripperKeepsTextAndDropsScripts() {
        HtmlPage page = TagStripper.strip("<html><head><title>标题</title><script>var a='<p>不是正文</p>';</script></head>"
                + "<body><div><p>第一段&amp;正文</p><!-- 注释 --><p>第二段</p></div></body></html>",
                dev.newsflow.clean.text.Deadline.in(java.time.Duration.ofSeconds(5)));
        assertEquals("标题", page.title());
        assertEquals(java.util.List.of("标题", "第一段&正文", "第二段"), page.blocks().stream().map(b -> b.text().strip()).toList());
    }
}
