package dev.newsflow.clean.lexicon;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {
    private static Lexicon parse(String text) throws IOException {
        return Lexicon.parse("test", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void findsEveryTermInOnePassIgnoringAsciiCaseAndWidth() throws IOException {
        Lexicon lexicon = parse("@name t\n@version 1\n[porn weight=3 label=porn-lexicon]\n东京热\nav导航\n[icp]\nICP备\n");
        List<Lexicon.Hit> hits = lexicon.find("狠狠东京热AV导航 京ＩＣＰ备12039121号");
        assertEquals(3, hits.size());
        assertEquals("东京热", hits.get(0).term());
        assertEquals(2, hits.get(0).start());
        assertEquals(5, hits.get(0).end());
        assertEquals("porn-lexicon", hits.get(0).section().label());
        assertEquals(3, hits.get(0).entry().weight());
        assertEquals("icp备", hits.get(2).term());
        assertEquals("1", lexicon.version());
    }

    @Test
    void aListWithoutVersionOrWithDuplicatesIsRefused() {
        assertThrows(IllegalStateException.class, () -> parse("@name t\n[s]\na\n"));
        assertThrows(IllegalStateException.class, () -> parse("@name t\n@version 1\n[s]\nab\n[u]\nAB\n"));
        assertThrows(IllegalStateException.class, () -> parse("@name t\n@version 1\norphan\n"));
    }

    @Test
    void theBundledListsLoadWithVersions() {
        for (String name : List.of("spam-lexicon.txt", "boilerplate-lexicon.txt", "html-chrome.txt")) {
            Lexicon lexicon = Lexicon.fromClasspath("dev/newsflow/clean/" + name);
            assertTrue(lexicon.size() > 10, name);
            assertTrue(lexicon.version().matches("\\d{4}\\.\\d{2}\\.\\d{2}-\\d+"), lexicon.version());
        }
    }
}
