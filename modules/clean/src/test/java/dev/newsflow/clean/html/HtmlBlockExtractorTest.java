package dev.newsflow.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.clean.lexicon.Lexicon;
import dev.newsflow.clean.text.Deadline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlBlockExtractorTest {
    private final HtmlBlockExtractor extractor =
            new HtmlBlockExtractor(Lexicon.fromClasspath("dev/newsflow/clean/html-chrome.txt"));

    /** Headings and meta dates as two whole-tree searches find them: what the single walk must give. */
    private static List<List<String>> byTreeSearch(String html) {
        Document doc = Jsoup.parse(html);
        List<String> headings = new ArrayList<>();
        for (Element h1 : doc.getElementsByTag("h1")) {
            String t = h1.text().strip();
            if (!t.isEmpty()) {
                headings.add(t);
            }
        }
        List<String> dates = new ArrayList<>();
        for (Element meta : doc.getElementsByTag("meta")) {
            String key = (meta.attr("property") + meta.attr("name") + meta.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (meta.hasAttr("content") && (key.contains("published_time") || key.equals("pubdate")
                    || key.equals("publishdate") || key.equals("publish_date") || key.equals("datepublished")
                    || key.equals("og:release_date") || key.equals("firstpublishedtime"))) {
                dates.add(meta.attr("content"));
            }
        }
        return List.of(headings, dates);
    }

    private List<List<String>> byExtractor(String html) {
        HtmlPage page = extractor.extract(html, Deadline.in(Duration.ofMinutes(1)));
        return List.of(page.headings(), page.metaDates());
    }

    @Test
    void headingsAndMetaDatesAreThoseOfTheWholeTreeInDocumentOrder() {
        String html = "<html><head><meta name=pubdate content=2024-01-02><title>t</title>"
                + "<template><h1>模板标题</h1><meta itemprop=datePublished content=2024-01-03></template>"
                + "<noscript><meta property=article:published_time content=2024-01-04></noscript></head>"
                + "<body><h1>第一</h1><div><noscript><h1>无脚本</h1></noscript><button><h1>按钮</h1></button>"
                + "<svg><h1>矢量</h1></svg><h1><span>外</span><h1>内</h1></h1><h1>  </h1>"
                + "<select><option>a</option></select><meta name=PublishDate content=2024-01-05>"
                + "<script>document.write('<h1>脚本</h1>')</script><textarea><h1>文本框</h1></textarea></div>"
                + "<p>正文</p></body></html><h1>之后</h1><meta name=publish_date content=2024-01-06>";
        assertEquals(byTreeSearch(html), byExtractor(html));
        // the skipped subtrees (template, noscript, button, svg) hold some of them; script and textarea hold text
        assertEquals(List.of(List.of("模板标题", "第一", "无脚本", "按钮", "矢量", "外", "内", "之后"),
                List.of("2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05", "2024-01-06")), byExtractor(html));
    }

    /** jsoup can leave elements between head and body (after an unclosed template row): they count too. */
    @Test
    void elementsOutsideHeadAndBodyAreSearched() {
        String metaAfterTemplateRow = "<html><head><template><tr><meta name=pubdate content=2024-01-02></template>"
                + "</head><body><p>正文</p></body></html>";
        assertEquals(List.of(List.of(), List.of("2024-01-02")), byExtractor(metaAfterTemplateRow));
        assertEquals(byTreeSearch(metaAfterTemplateRow), byExtractor(metaAfterTemplateRow));
        String headingAfterTemplateRow = "<html><body><p>x<template><tr><h1>标题</h1><p>正文</p></body></html>";
        assertEquals(List.of(List.of("标题"), List.of()), byExtractor(headingAfterTemplateRow));
        assertEquals(byTreeSearch(headingAfterTemplateRow), byExtractor(headingAfterTemplateRow));
        String frameset = "<html><head><title>t</title></head><frameset><frame src=a><noframes><h1>框架</h1>"
                + "<meta name=pubdate content=2024-02-03></noframes></frameset></html>";
        assertEquals(byTreeSearch(frameset), byExtractor(frameset));
    }

    /** Random tag soups, where jsoup's tree building moves elements around most. */
    @Test
    void randomTagSoupsGiveWhatTheTreeSearchGives() {
        String[] pieces = {"<html>", "<head>", "</head>", "<body>", "</body>", "</html>", "<template>", "</template>",
                "<table>", "<tr>", "<td>", "</table>", "<h1>标题", "</h1>", "<meta name=pubdate content=2024-01-02>",
                "<meta property=article:published_time content=2024-03-04>", "<noscript>", "</noscript>", "<svg>",
                "</svg>", "<button>", "</button>", "<select>", "<frameset>", "<noframes>", "<p>正文", "</p>", "<div>",
                "</div>", "<script>", "</script>", "<title>题", "</title>", "文字"};
        java.util.Random random = new java.util.Random(17);
        for (int k = 0; k < 3_000; k++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(20); i >= 0; i--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(byTreeSearch(html.toString()), byExtractor(html.toString()), html.toString());
        }
    }

    @Test
    void theSeedAndDevelopmentPagesGiveWhatTheTreeSearchGives() throws IOException {
        int pages = 0;
        for (String dir : List.of("../../eval/seeds", "../../eval/dev/pages")) {
            try (var files = Files.list(Path.of(dir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                    String html = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    assertEquals(byTreeSearch(html), byExtractor(html), file.toString());
                    pages++;
                }
            }
        }
        assertEquals(true, pages >= 30, "pages read: " + pages);
    }
}
