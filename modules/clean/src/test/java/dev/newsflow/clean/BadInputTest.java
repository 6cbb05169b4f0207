package dev.newsflow.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input gets a clear result or a typed rejection, never a crash. The timeouts here only guard against a hang
 * (a regression would otherwise block the build); they are generous and not performance assertions.
 */
class BadInputTest {
    private static final PageCleaner CLEANER = PageCleaner.withDefaults();
    private static final String ARTICLE = "为进一步深化医药卫生体制改革，推动公立医院高质量发展，省卫生健康委印发实施方案。";
    private static final String ARTICLE_TRADITIONAL = "為進一步深化醫藥衛生體制改革，推動公立醫院高質量發展，省衛生健康委印發實施方案。";

    private static PageRejectedException.Reason rejection(byte[] body) {
        return assertThrows(PageRejectedException.class, () -> CLEANER.clean(PageInput.of(body))).reason();
    }

    @Test
    void emptyAndBlankInputIsRejectedAsEmpty() {
        assertEquals(PageRejectedException.Reason.EMPTY, rejection(new byte[0]));
        assertEquals(PageRejectedException.Reason.EMPTY, rejection(" \n\r\n\t ".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void randomBytesAreRejectedAsBinary() {
        byte[] random = new byte[64 * 1024];
        new Random(42).nextBytes(random);
        assertEquals(PageRejectedException.Reason.BINARY, rejection(random));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals(PageRejectedException.Reason.BINARY, rejection(png));
    }

    @Test
    void markupWithoutTextIsUnparsable() {
        assertEquals(PageRejectedException.Reason.UNPARSABLE,
                rejection("<html><head><title></title></head><body><div></div></body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @Timeout(30)
    void aFiftyMegabytePageIsRejectedAtOnce() {
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        PageRejectedException e = assertThrows(PageRejectedException.class, () -> CLEANER.clean(PageInput.of(huge)));
        assertEquals(PageRejectedException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("52428800 bytes"), e.getMessage());
    }

    @Test
    void tooManyCharactersAfterDecodingIsTooLarge() {
        PageCleaner small = new PageCleaner(CleaningRules.defaults(),
                new CleaningLimits(1 << 20, 1000, 512, 1000, Duration.ofSeconds(10)));
        byte[] body = (ARTICLE + "\n").repeat(100).getBytes(StandardCharsets.UTF_8);
        assertEquals(PageRejectedException.Reason.TOO_LARGE,
                assertThrows(PageRejectedException.class, () -> small.clean(PageInput.of(body))).reason());
    }

    @Test
    @Timeout(60)
    void hundredThousandNestedDivsDoNotOverflowTheStack() {
        StringBuilder html = new StringBuilder("<html><head><title>深层嵌套页面</title></head><body>");
        html.append("<div>".repeat(100_000)).append("<p>").append(ARTICLE).append("</p>").append("</div>".repeat(100_000));
        html.append("</body></html>");
        CleanedPage page = CLEANER.clean(PageInput.of(html.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(page.text().contains(ARTICLE), page.text());
    }

    @Test
    void nestingWithinTheLimitStillUsesTheDom() {
        String html = "<html><body>" + "<div>".repeat(300) + "<p style=\"display:none\">东京热AV在线观看,久久久精品成人网</p><p>"
                + ARTICLE + "</p>" + "</div>".repeat(300) + "</body></html>";
        CleanedPage page = CLEANER.clean(PageInput.of(html.getBytes(StandardCharsets.UTF_8)));
        assertTrue(page.text().contains(ARTICLE));
        assertTrue(page.removed().stream().anyMatch(r -> r.rule().startsWith("hidden-element")));
    }

    @Test
    @Timeout(60)
    void pathologicalLinesGiveAResultOrATypedTimeout() {
        String page = "标题\n" + "东京热av".repeat(500_000) + "\n" + "?傤~".repeat(300_000) + "\n" + ARTICLE + "\n";
        try {
            CleanedPage cleaned = CLEANER.clean(PageInput.of(page.getBytes(StandardCharsets.UTF_8)));
            assertTrue(cleaned.text().contains(ARTICLE));
            assertTrue(cleaned.removed().stream().anyMatch(r -> r.reason() == RemovalReason.SPAM));
        } catch (PageRejectedException e) {
            // On a loaded machine the 10 s budget may run out first: that is the bounded outcome, typed.
            assertEquals(PageRejectedException.Reason.TIMEOUT, e.reason(), e.getMessage());
        }
    }

    @Test
    void aSpentTimeBudgetIsATypedTimeout() {
        PageCleaner hasty = new PageCleaner(CleaningRules.defaults(), CleaningLimits.defaults().withTimeBudget(Duration.ofNanos(1)));
        byte[] body = (ARTICLE + "\n").repeat(2000).getBytes(StandardCharsets.UTF_8);
        assertEquals(PageRejectedException.Reason.TIMEOUT,
                assertThrows(PageRejectedException.class, () -> hasty.clean(PageInput.of(body))).reason());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "GB18030", "Big5"})
    void invalidByteSequencesAreCountedNotFatal(String charsetName) {
        Charset charset = Charset.forName(charsetName);
        // Big5 has no simplified characters: that page is written in Traditional script and normalized back.
        String paragraph = charsetName.equals("Big5") ? ARTICLE_TRADITIONAL : ARTICLE;
        String headline = charsetName.equals("Big5") ? "縣級醫院高質量發展實施方案" : "县级医院高质量发展实施方案";
        String text = headline + "\n\n" + paragraph + "\n\n" + paragraph + "\n";
        byte[] valid = text.getBytes(charset);
        // A truncated multi-byte sequence and bytes no sequence may start with, inside the second paragraph.
        int cut = text.getBytes(charset).length - 20;
        byte[] broken = new byte[valid.length + 3];
        System.arraycopy(valid, 0, broken, 0, cut);
        broken[cut] = (byte) 0xFF;
        broken[cut + 1] = (byte) 0x80;
        broken[cut + 2] = (byte) 0xFF;
        System.arraycopy(valid, cut, broken, cut + 3, valid.length - cut);
        CleanedPage page = CLEANER.clean(new PageInput(broken, null, "text/html; charset=" + charsetName));
        assertEquals(charset.name(), page.detectedCharset());
        assertTrue(page.text().contains(ARTICLE), page.text());
        assertEquals("县级医院高质量发展实施方案", page.title());
        assertTrue(page.repairs().mojibakeUnrecoverable() >= 1, page.repairs().toString());
    }

    @Test
    void concurrentCallsGiveTheSameResult() throws Exception {
        byte[] seed = java.nio.file.Files.readAllBytes(SeedPagesTest.SEEDS.resolve("001_4c415700a10ab76f.txt"));
        CleanedPage expected = CLEANER.clean(PageInput.of(seed));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CleanedPage>> results = pool.invokeAll(java.util.Collections.nCopies(8, () -> CLEANER.clean(PageInput.of(seed))));
            for (Future<CleanedPage> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
