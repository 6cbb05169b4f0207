package dev.newsflow.clean.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** HanLP's conversion against OpenCC's t2s outputs (src/test/resources/t2s, from scripts/clean/t2s-reference.sh). */
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

    @org.junit.jupiter.api.Test
    void countsChangedCharacters() {
        assertEquals(3, TraditionalToSimplified.changedChars("醫療衛生", TraditionalToSimplified.convert("醫療衛生")));
        assertEquals(0, TraditionalToSimplified.residualTraditional("医疗卫生 DRG 2023"));
        assertEquals(2, TraditionalToSimplified.residualTraditional("医療卫生事業"));
    }
}
