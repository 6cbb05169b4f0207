package dev.newsflow.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.clean.script.TraditionalToSimplified;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five seed pages against their gold labels (eval/seeds/seed-labels.json). */
class SeedPagesTest {
    static final Path SEEDS = Path.of("../../eval/seeds");
    private static final Pattern PINYIN_ANNOTATION = Pattern.compile("\\p{IsHan}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]");
    /** Headlines as printed on the pages (the labels name only seed 000's explicitly). */
    private static final Map<String, String> TITLES = Map.of(
            "000_07d498583403fd09.txt", "酒泉市深化公立医院改革推动医疗卫生事业高质量发展",
            "001_4c415700a10ab76f.txt", "潮平岸阔帆正劲 娄底多措并举推进卫生健康事业高质量发展",
            "002_e027c1b31fe563d4.txt", "江苏省卫生健康委员会综合业务江苏医改动态(第272期)",
            "003_59984a0c42536194.txt", "县级医院高质量发展实施方案",
            "004_46aa1d0b7b9cd7dc.txt", "“1+1+4”徐州医疗事业集团试点新模式");

    private static PageCleaner cleaner;

    @BeforeAll
    static void setUp() {
        cleaner = PageCleaner.withDefaults();
    }

    static Stream<Arguments> pages() throws IOException {
        JsonNode labels = new ObjectMapper().readTree(SEEDS.resolve("seed-labels.json").toFile());
        List<Arguments> out = new ArrayList<>();
        labels.path("pages").forEach(p -> out.add(Arguments.of(p.path("file").asText(), p)));
        return out.stream();
    }

    private static CleanedPage clean(String file) throws IOException {
        return cleaner.clean(new PageInput(Files.readAllBytes(SEEDS.resolve(file)), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void matchesItsLabels(String file, JsonNode label) throws IOException {
        CleanedPage page = clean(file);
        String text = page.text();
        String title = page.title();
        label.path("spam").forEach(s -> {
            assertFalse(text.contains(s.asText()), () -> "spam left in text: " + s.asText());
            assertFalse(title.contains(s.asText()), () -> "spam left in title: " + s.asText());
        });
        label.path("boilerplate").forEach(b -> {
            assertFalse(text.contains(b.asText()), () -> "boilerplate left in text: " + b.asText());
            assertFalse(title.contains(b.asText()), () -> "boilerplate left in title: " + b.asText());
        });
        label.path("keep").forEach(k -> assertTrue(text.contains(k.asText()), () -> "kept sentence missing: " + k.asText()));
        LocalDate expectedDate = label.path("date").isTextual() ? LocalDate.parse(label.path("date").asText()) : null;
        assertEquals(expectedDate, page.publishedDate(), "publication date");
        assertEquals(TITLES.get(file), title, "title");
        assertFalse(page.spam(), "a real article is not a spam page");
        assertFalse(PINYIN_ANNOTATION.matcher(text).find(), "no pinyin annotation left");
        assertFalse(PINYIN_ANNOTATION.matcher(title).find(), "no pinyin annotation left in the title");
        assertEquals(0, TraditionalToSimplified.residualTraditional(text + "\n" + title), "no Traditional characters left");
        assertEquals("UTF-8", page.detectedCharset());
    }

    @Test
    void shortParagraphsAndSectionHeadingsInsideTheBodyStay() throws IOException {
        String text = clean("001_4c415700a10ab76f.txt").text();
        assertTrue(text.contains("\n初心如磐,使命在肩。\n"));
        assertTrue(text.contains("\n夯实根基,筑牢战斗堡垒\n"));
        assertTrue(text.contains("\n改革必须抓住问题要害,敢于涉险滩、闯难关。\n"));
        assertTrue(text.contains("\n多措并举,提高服务能力\n"));
    }

    @Test
    void theHeadlineOpensTheTextAndTheTitleIsNotRepeated() throws IOException {
        CleanedPage page = clean("000_07d498583403fd09.txt");
        assertTrue(page.text().startsWith(page.title() + "\n"));
        assertEquals(page.text().indexOf(page.title()), page.text().lastIndexOf(page.title()));
    }

    @Test
    void mojibakeOnTheSeedsIsRepairedOrMarkedLost() throws IOException {
        CleanedPage seed004 = clean("004_46aa1d0b7b9cd7dc.txt");
        assertTrue(seed004.text().contains("眼科\uFFFD\uFFFD联盟"), "坡?lián) is 聯 with its lead byte shifted");
        assertTrue(seed004.text().contains("设立了医\uFFFD\uFFFD额预付制度"), "傤~ is 額 shifted by one byte");
        assertFalse(seed004.text().contains("坡"));
        assertFalse(seed004.text().contains("傤"));
        CleanedPage seed001 = clean("001_4c415700a10ab76f.txt");
        assertTrue(seed001.text().contains("加强重点\uFFFD\uFFFD建设"));
        assertTrue(seed001.text().contains("保障有力\uFFFD\uFFFD学规划"));
        assertTrue(seed001.text().contains("宣传贯彻\uFFFD潮\uFFFD"));
        assertTrue(seed001.repairs().mojibakeRepaired() >= 6, seed001.repairs().toString());
        assertTrue(seed001.repairs().pinyinAnnotations() > 400, seed001.repairs().toString());
    }

    @Test
    void aRealQuestionMarkIsKept() throws IOException {
        assertTrue(clean("003_59984a0c42536194.txt").text().contains("我们应该怎么制定方案呢?以下是小编精心整理的"));
    }

    @Test
    void realParenthesesAreKept() throws IOException {
        String text = clean("003_59984a0c42536194.txt").text();
        assertTrue(text.contains("呼吸(含尘肺)"));
        assertTrue(text.contains("(DRG)"));
        assertTrue(text.contains("(省卫生健康委、省中医药局按职责分工负责)"));
    }

    @Test
    void everyRemovalNamesItsReasonAndRule() throws IOException {
        CleanedPage page = clean("003_59984a0c42536194.txt");
        assertTrue(page.removed().stream().anyMatch(r -> r.reason() == RemovalReason.SPAM && r.rule().startsWith("spider-pool: ")
                && r.text().startsWith("主站蜘蛛池模板")));
        assertTrue(page.removed().stream().anyMatch(r -> r.reason() == RemovalReason.SPAM && r.rule().startsWith("porn-lexicon: ")));
        assertTrue(page.removed().stream().allMatch(r -> r.rule() != null && !r.rule().isBlank() && !r.text().isBlank()));
    }
}
