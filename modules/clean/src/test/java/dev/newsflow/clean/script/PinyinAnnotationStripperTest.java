package dev.newsflow.clean.script;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PinyinAnnotationStripperTest {
    private final PinyinAnnotationStripper stripper = new PinyinAnnotationStripper();

    @Test
    void stripsToneMarkedAnnotationsWhereverTheyAre() {
        PinyinAnnotationStripper.Result r = stripper.strip("醫(yī)療是民生之需,醫療衛(wèi)生事業(yè)發(fā)展(zhǎn)");
        assertEquals("醫療是民生之需,醫療衛生事業發展", r.text());
        assertEquals(5, r.stripped());
    }

    @Test
    void keepsRealParentheses() {
        String text = "按DRG(DRG)或DIP付費,呼吸(含塵肺)、第五代移動通信(5G)(省衛生健康委、省醫保局按職責分工負責)措施(a)";
        assertEquals(text, stripper.strip(text).text());
        assertEquals(0, stripper.strip(text).stripped());
    }

    @Test
    void keepsALatinWordAfterHanUnlessItIsAReadingOfThatCharacter() {
        assertEquals("项目(mdt)", stripper.strip("项目(mdt)").text());
        assertEquals("好的", stripper.strip("好的(de)").text());
    }

    /** The annotation expression the stripper's scan stands for: both must strip exactly the same. */
    private static final Pattern ANNOTATION = Pattern.compile(
            "(\\p{IsHan})[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,6})[)）]");

    private static PinyinAnnotationStripper.Result stripWithExpression(String text) {
        Matcher m = ANNOTATION.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int stripped = 0;
        while (m.find()) {
            String syllable = m.group(2);
            char han = m.group(1).charAt(0);
            if (PinyinSyllables.isToneMarked(syllable)
                    || (PinyinSyllables.isToneless(syllable) && PinyinSyllables.isReadingOf(syllable, han))) {
                out.append(text, last, m.end(1));
                last = m.end();
                stripped++;
            }
        }
        out.append(text, last, text.length());
        return new PinyinAnnotationStripper.Result(stripped == 0 ? text : out.toString(), stripped);
    }

    @Test
    void findsWhatTheAnnotationExpressionFinds() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("../../eval/seeds", "../../eval/dev/pages")) {
            try (var files = Files.list(Path.of(dir))) {
                for (Path file : files.filter(f -> !f.toString().endsWith(".json")).toList()) {
                    texts.addAll(List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")));
                }
            }
        }
        Random random = new Random(7);
        String[] pieces = {"醫", "(", "（", ")", "）", "yī", "de", "a", "zhǎn", "lǜ", "DRG", "\uD840\uDC00", "\uDC00", "療", " ",
                "abcdefg", "ḿ", "(yī)", "措施"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertEquals(stripWithExpression(text), stripper.strip(text), text);
        }
    }

    @Test
    void handlesFullWidthParentheses() {
        assertEquals("醫療", stripper.strip("醫（yī）療").text());
    }
}
