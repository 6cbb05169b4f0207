package dev.newsflow.extract.region;

import dev.newsflow.extract.Region;
import dev.newsflow.extract.text.ArticleDocument;
import dev.newsflow.extract.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Places each event: the most specific division its sentence supports, else the division its context gives
 * (its paragraph's topic sentence, or a section heading that opens with a place: "镇江全力打造..."), else the
 * article's primary region (which itself falls back to the publisher's, then national).
 * Within a sentence, names inside the article's region are preferred over names elsewhere (a partner city),
 * and plain place names over names that only open an institution's name; names on one chain (湖南省 ...
 * 涟源市) give the most specific, names on different branches give their lowest common ancestor.
 */
public final class EventRegionLocator {

    private static final int HEADING_LEAD_CHARS = 2;

    private final Gazetteer gazetteer;

    public EventRegionLocator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * For every sentence, the division its context gives it (adcode) or null: the places of its paragraph's
     * first sentence (the topic sentence: "编者按:镇江委、市政府..." then "该市..."), else the place a section
     * heading opens with ("镇江全力打造...").
     */
    public String[] contexts(ArticleDocument body, Map<Integer, List<RegionMention>> mentionsBySentence,
                             List<RegionMention> bodyMentions, String primary) {
        String[] contexts = sections(body, bodyMentions);
        int paragraph = -1;
        String topic = null;
        for (Sentence sentence : body.sentences()) {
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                List<RegionMention> inFirst = new ArrayList<>();
                for (RegionMention m : mentionsBySentence.getOrDefault(sentence.index(), List.of())) {
                    if (!m.institution()) {
                        inFirst.add(m);
                    }
                }
                topic = inFirst.isEmpty() || sentence.heading() ? null : locate(inFirst, null, primary);
            } else if (topic != null) {
                contexts[sentence.index()] = topic;
            }
        }
        return contexts;
    }

    /** For every sentence, the section's division (adcode) or null, from headings that open with a place. */
    private String[] sections(ArticleDocument body, List<RegionMention> bodyMentions) {
        String[] sections = new String[body.sentences().size()];
        String current = null;
        int m = 0;
        for (Sentence sentence : body.sentences()) {
            sections[sentence.index()] = current;
            if (sentence.heading()) {
                while (m < bodyMentions.size() && bodyMentions.get(m).start() < sentence.start()) {
                    m++;
                }
                if (m < bodyMentions.size() && bodyMentions.get(m).start() - sentence.start() <= HEADING_LEAD_CHARS
                        && bodyMentions.get(m).start() < sentence.end()) {
                    // 甘肃酒泉推进...: a chain written at the start is the section's most specific division
                    current = bodyMentions.get(WrittenChain.end(bodyMentions, m, gazetteer)).division().adcode();
                }
            }
        }
        return sections;
    }

    /**
     * @param inSentence mentions inside the sentence
     * @param context    the division the sentence's paragraph or section gives it, or null
     * @param primary    the article's primary region
     */
    public String locate(List<RegionMention> inSentence, String context, String primary) {
        return locate(inSentence, context, primary, null, -1);
    }

    /**
     * As {@link #locate(List, String, String)}, knowing where the trigger is: a name that only opens an
     * institution's name counts only in the trigger's own clause (between commas), since in "...上海市第一人民医院
     * 先后派出...,使酒泉医院的门诊量..." an institution named in another clause is another actor.
     *
     * @param text    the article text the offsets refer to
     * @param trigger offset of the trigger in the text, or -1 when unknown
     */
    public String locate(List<RegionMention> inSentence, String context, String primary, String text, int trigger) {
        if (inSentence.isEmpty()) {
            return context != null ? context : primary; // most sentences name no place
        }
        List<RegionMention> candidates = inSentence;
        if (text != null && trigger >= 0) {
            candidates = keep(candidates, m -> !m.institution() || sameSegment(text, m.start(), trigger));
        }
        if (!Region.NATIONAL_ADCODE.equals(primary)) {
            List<RegionMention> inside = keep(candidates, m -> gazetteer.isWithin(m.division().adcode(), primary));
            if (!inside.isEmpty()) {
                candidates = inside;
            }
        }
        List<RegionMention> places = keep(candidates, m -> !m.institution());
        if (!places.isEmpty()) {
            candidates = places;
        }
        if (candidates.isEmpty()) {
            return context != null ? context : primary;
        }
        if (context != null && anyIn(candidates, context) && !anyBelow(candidates, context)) {
            // 与苏州市...签订协议,帮扶宿迁市 in 宿迁's section: the context settles it; but not when the sentence
            // names a division inside it (甘肃酒泉推进... in 甘肃's section is 酒泉's)
            return context;
        }
        List<String> codes = new ArrayList<>();
        candidates.forEach(m -> codes.add(m.division().adcode()));
        String deepest = codes.get(0);
        for (String code : codes) {
            if (gazetteer.chain(code).size() > gazetteer.chain(deepest).size()) {
                deepest = code;
            }
        }
        boolean oneChain = true;
        for (String code : codes) {
            oneChain &= gazetteer.isWithin(deepest, code);
        }
        if (oneChain) {
            // 作为福建省首批...项目 in an article about 厦门: a province named as qualifier does not lift the event
            String within = context != null ? context : primary;
            if (!deepest.equals(within) && gazetteer.isWithin(within, deepest)) {
                return within;
            }
            return deepest;
        }
        String common = lowestCommonAncestor(codes);
        return Region.NATIONAL_ADCODE.equals(common) ? codes.get(0) : common;
    }

    /** The mentions that pass, in order: the list itself when all do (plain loops: this runs per finding). */
    private static List<RegionMention> keep(List<RegionMention> mentions, Predicate<RegionMention> test) {
        List<RegionMention> kept = null;
        for (int i = 0; i < mentions.size(); i++) {
            RegionMention m = mentions.get(i);
            boolean passes = test.test(m);
            if (!passes && kept == null) {
                kept = new ArrayList<>(mentions.subList(0, i));
            } else if (passes && kept != null) {
                kept.add(m);
            }
        }
        return kept == null ? mentions : kept;
    }

    private static boolean anyIn(List<RegionMention> mentions, String adcode) {
        for (RegionMention m : mentions) {
            if (m.division().adcode().equals(adcode)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyBelow(List<RegionMention> mentions, String adcode) {
        for (RegionMention m : mentions) {
            if (!m.division().adcode().equals(adcode) && gazetteer.isWithin(m.division().adcode(), adcode)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSegment(String text, int a, int b) {
        for (int i = Math.min(a, b); i < Math.max(a, b); i++) {
            char c = text.charAt(i);
            if (c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':') {
                return false;
            }
        }
        return true;
    }

    private String lowestCommonAncestor(List<String> codes) {
        List<Division> common = new ArrayList<>(gazetteer.chain(codes.get(0)));
        for (String code : codes) {
            List<Division> chain = gazetteer.chain(code);
            int shared = 0;
            while (shared < common.size() && shared < chain.size() && common.get(shared).equals(chain.get(shared))) {
                shared++;
            }
            common = common.subList(0, shared);
        }
        return common.isEmpty() ? Region.NATIONAL_ADCODE : common.get(common.size() - 1).adcode();
    }
}
