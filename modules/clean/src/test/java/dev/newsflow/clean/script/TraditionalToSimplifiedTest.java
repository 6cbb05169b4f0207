package dev.newsflow.clean.script;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.StringDictionary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conversion against OpenCC's t2s outputs (src/test/resources/t2s, from scripts/clean/t2s-reference.sh). */
class TraditionalToSimplifiedTest {
    @ParameterizedTest
    @ValueSource(strings = {"000_07d498583403fd09", "001_4c415700a10ab76f", "002_e027c1b31fe563d4",
            "003_59984a0c42536194", "004_46aa1d0b7b9cd7dc"})
    void agreesWithOpenccOnEveryHanCharacterOfTheSeeds(String seed) throws IOException {
        String source = Files.readString(Path.of("../../eval/seeds", seed + ".txt"), StandardCharsets.UTF_8);
        String reference;
        try (InputStream in = getClass().getResourceAsStream("/t2s/" + seed + ".t2s.txt")) {
            assertNotNull(in, "reference missing: run scripts/clean/t2s-reference.sh");
            reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String converted = TraditionalToSimplified.convert(source);
        assertEquals(reference.length(), converted.length());
        StringBuilder disagreements = new StringBuilder();
        for (int i = 0; i < reference.length(); i++) {
            if (reference.charAt(i) != converted.charAt(i)) {
                disagreements.append(source.charAt(i)).append("→").append(converted.charAt(i))
                        .append(" (opencc ").append(reference.charAt(i)).append(") ");
            }
        }
        assertEquals("", disagreements.toString());
    }

    /** The fast converter must give HanLP's own output: every BMP character, alone and between others. */
    @org.junit.jupiter.api.Test
    void agreesWithHanlpOnEveryCharacter() {
        StringBuilder all = new StringBuilder();
        for (int c = 1; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            assertEquals(HanLP.convertToSimplifiedChinese(one), TraditionalToSimplified.convert(one), "U+" + Integer.toHexString(c));
            all.append((char) c);
        }
        assertEquals(HanLP.convertToSimplifiedChinese(all.toString()), TraditionalToSimplified.convert(all.toString()));
    }

    /** Phrases (一目瞭然, 乾隆, 於是...) with neighbours on both sides, and whole pages. */
    @org.junit.jupiter.api.Test
    void agreesWithHanlpOnEveryDictionaryKeyAndOnPages() throws IOException {
        StringDictionary dictionary = new StringDictionary("=");
        assertTrue(dictionary.load(HanLP.Config.tcDictionaryRoot + "t2s.txt"));
        for (String key : dictionary.keySet()) {
            // between Traditional neighbours (the full conversion) and between Simplified ones (where a key that
            // equals its value leaves nothing changeable in the text: the shortcut)
            for (String text : new String[]{key, "發" + key + "於", "医" + key + "院", key + key,
                    "a" + key.substring(0, key.length() - 1)}) {
                assertEquals(HanLP.convertToSimplifiedChinese(text), TraditionalToSimplified.convert(text), text);
            }
        }
        try (var files = Files.list(Path.of("../../eval/seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String page = Files.readString(file, StandardCharsets.UTF_8);
                assertEquals(HanLP.convertToSimplifiedChinese(page), TraditionalToSimplified.convert(page));
                for (String line : page.split("\n")) {
                    assertEquals(HanLP.convertToSimplifiedChinese(line), TraditionalToSimplified.convert(line));
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void returnsTheSameStringWhenNothingChanges() {
        String simplified = "医疗卫生 DRG 2023 一目了然";
        assertSame(simplified, TraditionalToSimplified.convert(simplified));
    }

    /** Characters some phrases change and others keep (著, 乾, 於), in otherwise Simplified lines. */
    @org.junit.jupiter.api.Test
    void agreesWithHanlpOnCharactersThatOnlySomePhrasesChange() {
        for (String line : new String[]{"著名医院著手改革", "乾隆年间的乾燥气候", "於是医保于今年启动", "一目瞭然的一目了然"}) {
            assertEquals(HanLP.convertToSimplifiedChinese(line), TraditionalToSimplified.convert(line), line);
        }
    }

    @org.junit.jupiter.api.Test
    void countsChangedCharacters() {
        assertEquals(3, TraditionalToSimplified.changedChars("醫療衛生", TraditionalToSimplified.convert("醫療衛生")));
        assertEquals(0, TraditionalToSimplified.residualTraditional("医疗卫生 DRG 2023"));
        assertEquals(2, TraditionalToSimplified.residualTraditional("医療卫生事業"));
    }
}
