package dev.newsflow.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import dev.newsflow.extract.region.Gazetteer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The term index is a hand-laid trie for speed; these tests hold it to the plain definition of its result
 * (every occurrence of every keyword, by start then longer first, meanings in registration order) and to
 * HanLP's Aho-Corasick automaton, which it replaced, on the real gazetteer and seed texts.
 */
class TermIndexTest {

    record Meaning(String word, int number) {
    }

    record OtherMeaning(String word) {
    }

    @Test
    void reportsEveryOccurrenceByStartLongestFirstWithEveryMeaning() {
        TermIndex index = TermIndex.builder()
                .add("医改", new Meaning("医改", 1))
                .add("三明医改", new Meaning("三明医改", 2))
                .add("三明", new Meaning("三明", 3))
                .add("三明", new OtherMeaning("三明"))
                .add("明", new Meaning("明", 4))
                .build();
        List<Hit<Object>> hits = index.scan("三明医改,三明x三");
        assertEquals(List.of(
                new Hit<>(0, 4, new Meaning("三明医改", 2)),
                new Hit<>(0, 2, new Meaning("三明", 3)),
                new Hit<>(0, 2, new OtherMeaning("三明")),
                new Hit<>(1, 2, new Meaning("明", 4)),
                new Hit<>(2, 4, new Meaning("医改", 1)),
                new Hit<>(5, 7, new Meaning("三明", 3)),
                new Hit<>(5, 7, new OtherMeaning("三明")),
                new Hit<>(6, 7, new Meaning("明", 4))), hits);
        assertEquals(List.of(Meaning.class, OtherMeaning.class), index.meaningTypes());
    }

    @Test
    void emptyIndexAndEmptyTextFindNothing() {
        assertTrue(TermIndex.builder().build().scan("三明医改").isEmpty());
        assertTrue(TermIndex.builder().add("三明", "x").build().scan("").isEmpty());
    }

    @Test
    void matchesTheBruteForceDefinitionOnRandomText() {
        Random random = new Random(7);
        String alphabet = "三明医改革县市区a";
        Map<String, List<Object>> keywords = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            String keyword = randomText(random, alphabet.substring(0, 8), 1 + random.nextInt(5));
            keywords.computeIfAbsent(keyword, k -> new ArrayList<>()).add(new Meaning(keyword, i));
        }
        TermIndex.Builder builder = TermIndex.builder();
        keywords.forEach((keyword, meanings) -> meanings.forEach(m -> builder.add(keyword, m)));
        TermIndex index = builder.build();
        for (int round = 0; round < 200; round++) {
            String text = randomText(random, alphabet + "。\n", random.nextInt(60));
            assertEquals(bruteForce(keywords, text), index.scan(text), text);
        }
    }

    @Test
    void findsWhatHanLpsAutomatonFindsOnTheGazetteerAndSeeds() {
        TreeMap<String, List<Object>> keywords = new TreeMap<>();
        Gazetteer.withDefaults().names().forEach((name, candidates) -> keywords.put(name, List.of(name)));
        TermIndex.Builder builder = TermIndex.builder();
        keywords.forEach((keyword, meanings) -> builder.add(keyword, meanings.get(0)));
        TermIndex index = builder.build();
        AhoCorasickDoubleArrayTrie<List<Object>> automaton = new AhoCorasickDoubleArrayTrie<>();
        automaton.build(keywords);
        int found = 0;
        for (String text : SeedTexts.all()) {
            List<Hit<Object>> expected = new ArrayList<>();
            automaton.parseText(text, (begin, end, meanings) -> meanings.forEach(m -> expected.add(new Hit<>(begin, end, m))));
            expected.sort(Comparator.<Hit<Object>>comparingInt(Hit::start).thenComparing(h -> -h.end()));
            assertEquals(expected, index.scan(text));
            found += expected.size();
        }
        assertTrue(found > 50, "the seeds name many places: " + found);
    }

    private static List<Hit<Object>> bruteForce(Map<String, List<Object>> keywords, String text) {
        List<Hit<Object>> hits = new ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            for (int end = text.length(); end > start; end--) {
                List<Object> meanings = keywords.get(text.substring(start, end));
                if (meanings != null) {
                    for (Object meaning : meanings) {
                        hits.add(new Hit<>(start, end, meaning));
                    }
                }
            }
        }
        return hits;
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
