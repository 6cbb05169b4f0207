package dev.newsflow.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The simplified seed texts of the test resources: real article text for equivalence checks of fast paths. */
public final class SeedTexts {

    private static final String[] FILES = {"000_07d498583403fd09.txt", "001_4c415700a10ab76f.txt",
        "002_e027c1b31fe563d4.txt", "003_59984a0c42536194.txt", "004_46aa1d0b7b9cd7dc.txt"};

    private SeedTexts() {
    }

    public static List<String> all() {
        List<String> texts = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = SeedTexts.class.getResourceAsStream("/seeds-simplified/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + file);
                }
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }
}
