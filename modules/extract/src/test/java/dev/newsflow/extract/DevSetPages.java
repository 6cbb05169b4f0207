package dev.newsflow.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Test-only stand-in for the cleaner, good enough to run the extractor over the dev set (eval/dev) before the
 * real cleaner exists: decodes the bytes (the label's "encoding" when given, else UTF-8), strips tags roughly
 * with jsoup keeping block elements as lines, drops pinyin annotations and converts to simplified with HanLP.
 * It removes no spam and no chrome, so the extractor sees noisier text than it will in production.
 */
final class DevSetPages {

    static final Path DIR = Path.of("../../eval/dev");
    private static final Pattern PINYIN = Pattern.compile("(\\p{IsHan})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]");

    record Page(String file, ArticleText article) {
    }

    private DevSetPages() {
    }

    static boolean present() {
        return Files.isRegularFile(DIR.resolve("labels.json"));
    }

    static List<Page> pages() {
        try {
            JsonNode root = new ObjectMapper().readTree(DIR.resolve("labels.json").toFile());
            List<Page> pages = new ArrayList<>();
            for (JsonNode label : root.path("pages")) {
                String file = label.path("file").asText();
                byte[] bytes = Files.readAllBytes(DIR.resolve("pages").resolve(file));
                String raw = decode(bytes, label.path("encoding").asText("UTF-8"));
                String title = "";
                String text;
                if (file.endsWith(".html")) {
                    Document doc = Jsoup.parse(raw);
                    doc.select("script, style, noscript").remove();
                    Element h1 = doc.selectFirst("h1");
                    title = h1 != null ? h1.text() : doc.title();
                    text = blockText(doc);
                } else {
                    text = raw;
                }
                text = HanLP.convertToSimplifiedChinese(PINYIN.matcher(text).replaceAll("$1"));
                title = HanLP.convertToSimplifiedChinese(PINYIN.matcher(title).replaceAll("$1"));
                String date = label.path("date").asText(null);
                pages.add(new Page(file, new ArticleText(file, null, title, text,
                        date == null || date.equals("null") ? null : LocalDate.parse(date), null)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blockText(Document doc) {
        StringBuilder out = new StringBuilder();
        for (Element element : doc.body().select("h1, h2, h3, h4, p, li, td, dd, pre, div")) {
            if (element.tagName().equals("div") && !element.select("p, div, li, td, h1, h2, h3, h4").isEmpty()) {
                continue; // only leaf blocks, so that no text comes twice
            }
            if (!element.tagName().equals("div") && element.parents().is("p, li, td")) {
                continue;
            }
            String line = element.text().strip();
            if (!line.isEmpty()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String decode(byte[] bytes, String encoding) {
        Charset charset = switch (encoding.toUpperCase()) {
            case "GB18030", "GBK", "GB2312" -> Charset.forName("GB18030");
            case "BIG5" -> Charset.forName("Big5");
            default -> StandardCharsets.UTF_8;
        };
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
