package dev.newsflow.clean.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EitherCharSearchTest {

    private static List<Integer> all(String text, char a, char b) {
        EitherCharSearch search = new EitherCharSearch(text, a, b);
        List<Integer> found = new ArrayList<>();
        for (int at = search.next(0); at >= 0; at = search.next(at + 1)) {
            found.add(at);
        }
        return found;
    }

    @Test
    void findsEitherCharacterInOrder() {
        assertEquals(List.of(1, 3, 4, 7), all("a(b（(cd(", '(', '（'));
        assertEquals(List.of(2), all("ab\ncd", '\n', '\r'));
        assertEquals(List.of(), all("no line ends", '\n', '\r'));
        assertEquals(List.of(), all("", '\n', '\r'));
        assertEquals(List.of(0, 1), all("\r\n", '\n', '\r'));
    }

    @Test
    void agreesWithACharacterByCharacterScan() {
        Random random = new Random(3);
        for (int k = 0; k < 2_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append("ab\n\rc".charAt(random.nextInt(5)));
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                    expected.add(i);
                }
            }
            assertEquals(expected, all(text.toString(), '\n', '\r'), text.toString());
        }
    }
}
