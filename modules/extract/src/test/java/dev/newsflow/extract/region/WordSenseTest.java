package dev.newsflow.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import dev.newsflow.extract.text.SeedTexts;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSenseTest {

    @Test
    void aWordAcrossTheBoundaryIsFound() {
        assertTrue(WordSense.crossedByWord("经营口径", 1), "经营 crosses the start of 营口");
        assertFalse(new WordSense(Set.of()).isWholeWords("经营口径", 1, 3));
        assertTrue(new WordSense(Set.of()).isWholeWords("前往营口。", 2, 4));
    }

    /** The trie walk must find exactly the words the substring lookups of its definition find. */
    @Test
    void trieWalkAgreesWithDictionaryLookupsAtEveryBoundaryOfTheSeeds() {
        for (String text : SeedTexts.all()) {
            for (int boundary = 0; boundary <= text.length(); boundary++) {
                assertEquals(crossedByLookups(text, boundary), WordSense.crossedByWord(text, boundary),
                        text.substring(Math.max(0, boundary - 4), Math.min(text.length(), boundary + 4)));
            }
        }
    }

    private static boolean crossedByLookups(String text, int boundary) {
        if (boundary <= 0 || boundary >= text.length()) {
            return false;
        }
        for (int from = Math.max(0, boundary - 3); from < boundary; from++) {
            for (int to = boundary + 1; to <= Math.min(text.length(), from + 4); to++) {
                if (CoreDictionary.contains(text.substring(from, to))) {
                    return true;
                }
            }
        }
        return false;
    }
}
