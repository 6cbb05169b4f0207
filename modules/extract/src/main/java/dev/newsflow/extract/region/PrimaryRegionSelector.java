package dev.newsflow.extract.region;

import dev.newsflow.extract.Region;
import dev.newsflow.extract.text.ArticleDocument;
import dev.newsflow.extract.text.Hit;
import dev.newsflow.extract.text.ResourceTable;
import dev.newsflow.extract.text.Sentence;
import dev.newsflow.extract.text.TermIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Chooses the division an article is mainly about. Every mention votes for its division and, through the
 * parent chain, for the divisions above it; a vote weighs more in the title, in sentences that report an
 * event, early in the text (the lead names the place), and less when the name only opens an institution's
 * name. A chain written as one name (福建省漳州市平和县) is one mention of its most specific division.
 * National actors (国务院...) vote for national. The choice walks down from the top: the best province
 * (unless national outweighs it or the votes are spread thin), then a child only while that child holds most
 * of its parent's weight, so an article about several cities of one province stays at the province.
 */
public final class PrimaryRegionSelector {

    private static final double TITLE_WEIGHT = 3.0;
    private static final double EVENT_SENTENCE_WEIGHT = 1.0;
    private static final double OTHER_SENTENCE_WEIGHT = 0.4;
    private static final double INSTITUTION_FACTOR = 0.5;
    private static final double HEADING_FACTOR = 1.5;
    private static final double DESCEND_SHARE = 0.6;
    private static final double MIN_PROVINCE_SHARE = 0.35;

    private final Gazetteer gazetteer;
    private final List<String> nationalCues;

    private PrimaryRegionSelector(Gazetteer gazetteer, List<String> nationalCues) {
        this.gazetteer = gazetteer;
        this.nationalCues = nationalCues;
    }

    public static PrimaryRegionSelector withDefaults(Gazetteer gazetteer) {
        return new PrimaryRegionSelector(gazetteer,
                ResourceTable.terms("/dev/newsflow/extract/region/national-cues.txt"));
    }

    public void register(TermIndex.Builder builder) {
        nationalCues.forEach(cue -> builder.add(cue, new NationalCue(cue)));
    }

    /**
     * @param eventSentences indexes of body sentences that report an event
     * @param publisherAdcode the publisher's division (its answer may be null), asked only when the article
     *                        names no region: finding it in the page's chrome costs a scan of its own
     * @return the adcode of the primary region, {@code 000000} for national
     */
    public String select(List<RegionMention> mentions, ArticleDocument body, Set<Integer> eventSentences,
                         Supplier<String> publisherAdcode) {
        Map<String, Double> votes = new HashMap<>();
        double national = 0;
        double eventVotes = 0;
        boolean titleNamesPlace = false;
        int length = Math.max(1, body.text().length());
        for (int i = 0; i < mentions.size(); i++) {
            if (WrittenChain.qualifiesNext(mentions, i, gazetteer)) {
                continue; // 漳州市 in 福建省漳州市平和县: the chain is one mention of 平和县, which votes for its parents
            }
            RegionMention mention = mentions.get(i);
            double weight;
            if (mention.inTitle()) {
                weight = TITLE_WEIGHT;
                titleNamesPlace = true;
            } else {
                Sentence sentence = body.sentenceAt(mention.start());
                weight = sentence != null && eventSentences.contains(sentence.index())
                        ? EVENT_SENTENCE_WEIGHT : OTHER_SENTENCE_WEIGHT;
                if (sentence != null && sentence.heading()) {
                    weight *= HEADING_FACTOR;
                }
                weight *= positionFactor(mention.start(), length);
            }
            if (mention.institution()) {
                weight *= INSTITUTION_FACTOR;
            }
            if (mention.inTitle() || reportsEvent(body, mention, eventSentences)) {
                eventVotes += weight; // lists of places without events (link lists, spam) must not dilute the share
            }
            for (Division division : gazetteer.chain(mention.division().adcode())) {
                votes.merge(division.adcode(), weight, Double::sum);
            }
        }
        for (Sentence sentence : body.sentences()) {
            for (Hit<NationalCue> cue : body.hits(sentence, NationalCue.class)) {
                double weight = eventSentences.contains(sentence.index()) ? EVENT_SENTENCE_WEIGHT : OTHER_SENTENCE_WEIGHT;
                national += weight * positionFactor(cue.start(), length);
            }
        }
        if (votes.isEmpty()) {
            String publisher = publisherAdcode.get();
            return publisher != null && gazetteer.byAdcode(publisher).isPresent() ? publisher : Region.NATIONAL_ADCODE;
        }
        String province = best(votes, Region.NATIONAL_ADCODE);
        double provinceVotes = votes.get(province);

        if (provinceVotes < national
                || (!titleNamesPlace && provinceVotes < MIN_PROVINCE_SHARE * (eventVotes + national))) {
            return Region.NATIONAL_ADCODE;
        }
        String chosen = province;
        while (true) {
            String child = best(votes, chosen);
            if (child == null || votes.get(child) < DESCEND_SHARE * votes.get(chosen)) {
                return chosen;
            }
            chosen = child;
        }
    }

    private static boolean reportsEvent(ArticleDocument body, RegionMention mention, Set<Integer> eventSentences) {
        Sentence sentence = body.sentenceAt(mention.start());
        return sentence != null && eventSentences.contains(sentence.index());
    }

    /** 1.5 at the start of the text down to 0.5 at its end. */
    private static double positionFactor(int offset, int length) {
        return 1.5 - Math.min(1.0, (double) offset / length);
    }

    /** The child of {@code parent} with the most votes, or null. */
    private String best(Map<String, Double> votes, String parent) {
        String best = null;
        double bestVotes = 0;
        for (Map.Entry<String, Double> entry : votes.entrySet()) {
            Division division = gazetteer.byAdcode(entry.getKey()).orElse(null);
            if (division != null && division.parentAdcode().equals(parent) && entry.getValue() > bestVotes) {
                best = entry.getKey();
                bestVotes = entry.getValue();
            }
        }
        return best;
    }
}
