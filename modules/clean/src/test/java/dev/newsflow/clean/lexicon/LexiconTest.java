package dev.newsflow.clean.lexicon;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

    /** One-character terms that also open longer ones, overlapping terms, terms ending the text, a one-character text. */
    @Test
    void findsNestedAndOverlappingTermsUpToTheEndOfTheText() throws IOException {
        Lexicon lexicon = parse("@name t\n@version 1\n[s]\na\nab\nabc\nb\nbc\n");
        assertEquals(List.of("a@1-2", "ab@1-3", "b@2-3"), hitsOf(lexicon, "xab"));
        assertEquals(List.of("a@0-1"), hitsOf(lexicon, "a"));
        assertEquals(List.of("a@0-1", "ab@0-2", "b@1-2", "abc@0-3", "bc@1-3"), hitsOf(lexicon, "ABC"));
        assertEquals(List.of(), hitsOf(lexicon, "xyz"));
    }

    private static List<String> hitsOf(Lexicon lexicon, String text) {
        List<String> hits = new ArrayList<>();
        for (Lexicon.Hit hit : lexicon.find(text)) {
            hits.add(hit.term() + "@" + hit.start() + "-" + hit.end());
        }
        return hits;
    }

    @Test
    void aListWithoutVersionOrWithDuplicatesIsRefused() {
        assertThrows(IllegalStateException.class, () -> parse("@name t\n[s]\na\n"));
        assertThrows(IllegalStateException.class, () -> parse("@name t\n@version 1\n[s]\nab\n[u]\nAB\n"));
        assertThrows(IllegalStateException.class, () -> parse("@name t\n@version 1\norphan\n"));
    }

    /**
     * The matcher and its pre-filter must report exactly what org.ahocorasick (the reference, case-insensitive,
     * overlaps allowed) reports, in the same order: the classifiers take the first hit as evidence.
     */
    @Test
    void findsWhatOrgAhocorasickFindsInTheSameOrder() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("../../eval/seeds", "../../eval/dev/pages")) {
            try (var files = Files.list(Path.of(dir))) {
                for (Path file : files.filter(f -> !f.toString().endsWith(".json")).toList()) {
                    texts.addAll(List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")));
                }
            }
        }
        for (String name : List.of("spam-lexicon.txt", "boilerplate-lexicon.txt", "html-chrome.txt")) {
            Lexicon lexicon = Lexicon.fromClasspath("dev/newsflow/clean/" + name);
            List<String> terms = termsOf(name);
            Trie reference = Trie.builder().ignoreCase().addKeywords(terms).build();
            Random random = new Random(name.hashCode());
            List<String> all = new ArrayList<>(texts);
            for (int i = 0; i < 5_000; i++) { // terms glued together, cut, upper-cased, in full-width forms
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(6); k >= 0; k--) {
                    String term = terms.get(random.nextInt(terms.size()));
                    text.append(random.nextBoolean() ? term : term.substring(random.nextInt(term.length())));
                    text.append(" 的ＡＶAv，".charAt(random.nextInt(6)));
                }
                all.add(random.nextBoolean() ? text.toString() : text.toString().toUpperCase(java.util.Locale.ROOT));
            }
            for (String text : all) {
                List<String> expected = new ArrayList<>();
                for (Emit emit : reference.parseText(MatchView.of(text))) {
                    expected.add(emit.getKeyword() + "@" + emit.getStart() + "-" + (emit.getEnd() + 1));
                }
                List<String> actual = new ArrayList<>();
                for (Lexicon.Hit hit : lexicon.find(text)) {
                    actual.add(hit.term() + "@" + hit.start() + "-" + hit.end());
                }
                assertEquals(expected, actual, name + ": " + text);
            }
        }
    }

    /** The terms of a bundled list as Lexicon stores them. */
    private static List<String> termsOf(String name) throws IOException {
        List<String> terms = new ArrayList<>();
        try (InputStream in = LexiconTest.class.getClassLoader().getResourceAsStream("dev/newsflow/clean/" + name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("@")
                        || trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    continue;
                }
                terms.add(MatchView.of(line.split("\t")[0].strip()).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return terms;
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
