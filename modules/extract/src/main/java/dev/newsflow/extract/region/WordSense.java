package dev.newsflow.extract.region;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chinese word knowledge from HanLP (portable), used where a place name may be an ordinary word:
 * whether HanLP's core dictionary knows the name mainly as a non-place word (资源, 合作, 平和), and whether a
 * name found by the automaton is a whole word of its context (营口 inside 经营口径, 长治 inside 长治久安 are not).
 * Segmentation runs only on a small window around a candidate, never over the whole article.
 */
final class WordSense {

    private static final int WINDOW = 8;
    private static final int MAX_CROSSING = 4;

    private final Set<String> stoplist;
    /** Answers per name: the gazetteer's names are a closed set, so the cache stays small. */
    private final Map<String, Boolean> ordinary = new ConcurrentHashMap<>();

    WordSense(Set<String> stoplist) {
        this.stoplist = Set.copyOf(stoplist);
    }

    /** Listed in the stoplist, or a word the core dictionary knows mainly as something other than a place. */
    boolean isOrdinaryWord(String name) {
        return ordinary.computeIfAbsent(name, n -> {
            if (stoplist.contains(n)) {
                return true;
            }
            CoreDictionary.Attribute attribute = CoreDictionary.get(n);
            return attribute != null && attribute.nature.length > 0 && !attribute.nature[0].toString().startsWith("ns");
        });
    }

    boolean isStoplisted(String name) {
        return stoplist.contains(name);
    }

    /**
     * Whether text[start, end) starts and ends on word boundaries of its context. Segmenting is costly, so it
     * runs only when a dictionary word actually crosses one of the two boundaries (经营口径 crosses 营口's start);
     * otherwise no segmentation could split the name.
     */
    boolean isWholeWords(String text, int start, int end) {
        if (!crossedByWord(text, start) && !crossedByWord(text, end)) {
            return true;
        }
        return segmentedWholeWords(text, start, end);
    }

    /**
     * Whether a core-dictionary word of up to 4 characters starts before {@code boundary} and ends after it.
     * Walks the dictionary's trie from each possible start instead of looking up every substring: the same
     * words (a walk step is exactly a step of the dictionary's own lookup), without a string per candidate.
     */
    static boolean crossedByWord(String text, int boundary) {
        if (boundary <= 0 || boundary >= text.length()) {
            return false;
        }
        DoubleArrayTrie<CoreDictionary.Attribute> dictionary = CoreDictionary.trie;
        int root = dictionary.getBase()[0];
        for (int from = Math.max(0, boundary - MAX_CROSSING + 1); from < boundary; from++) {
            int state = root;
            int limit = Math.min(text.length(), from + MAX_CROSSING);
            for (int i = from; i < limit; i++) {
                state = dictionary.transition(text.charAt(i), state);
                if (state < 0) {
                    break; // no word starts with text[from, i]
                }
                if (i >= boundary && dictionary.output(state) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text at {@code from} goes on with a verb, after at most two adverbs (尤溪县组建总医院, 平和县全面推进县医院
     * 建设): the place before it is a clause's subject, not the start of an institution's name (尤溪县总医院). Words
     * are the core dictionary's longest match, up to 4 characters; nominal verbs (附属, 康复) do not count.
     */
    static boolean continuesWithVerb(String text, int from) {
        int at = from;
        for (int word = 0; word < 3 && at < text.length(); word++) {
            DoubleArrayTrie<CoreDictionary.Attribute> dictionary = CoreDictionary.trie;
            int state = dictionary.getBase()[0];
            CoreDictionary.Attribute longest = null;
            int longestEnd = -1;
            for (int i = at; i < Math.min(text.length(), at + MAX_CROSSING); i++) {
                state = dictionary.transition(text.charAt(i), state);
                if (state < 0) {
                    break;
                }
                CoreDictionary.Attribute attribute = dictionary.output(state);
                if (attribute != null) {
                    longest = attribute;
                    longestEnd = i + 1;
                }
            }
            if (longest == null || longest.nature.length == 0) {
                return false;
            }
            String nature = longest.nature[0].toString();
            if (nature.startsWith("v")) {
                return !nature.equals("vn");
            }
            if (!nature.equals("d") && !nature.equals("ad")) {
                return false;
            }
            at = longestEnd;
        }
        return false;
    }

    private static boolean segmentedWholeWords(String text, int start, int end) {
        int from = Math.max(0, start - WINDOW);
        int to = Math.min(text.length(), end + WINDOW);
        List<Term> terms = HanLP.newSegment().enableCustomDictionary(false).seg(text.substring(from, to));
        boolean startOk = start == from;
        boolean endOk = end == to;
        int offset = from;
        for (Term term : terms) {
            if (offset == start) {
                startOk = true;
            }
            offset += term.word.length();
            if (offset == end) {
                endOk = true;
            }
        }
        return startOk && endOk;
    }
}
