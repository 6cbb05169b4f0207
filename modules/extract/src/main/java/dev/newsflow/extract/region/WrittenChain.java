package dev.newsflow.extract.region;

import java.util.List;

/**
 * A chain of divisions written as one name (福建省漳州市平和县, 甘肃酒泉, 上海市金山区): each name runs straight into a
 * division below it. Such a run is one mention of its most specific division; the names before it only say
 * where that division lies.
 */
final class WrittenChain {

    private WrittenChain() {
    }

    /** Whether mention {@code i} runs straight into the next one, a division below it (漳州市 in 漳州市平和县). */
    static boolean qualifiesNext(List<RegionMention> mentions, int i, Gazetteer gazetteer) {
        if (i + 1 >= mentions.size()) {
            return false;
        }
        RegionMention m = mentions.get(i);
        RegionMention next = mentions.get(i + 1);
        return next.start() == m.end() && next.inTitle() == m.inTitle()
                && !next.division().equals(m.division())
                && gazetteer.isWithin(next.division().adcode(), m.division().adcode());
    }

    /** Index of the last mention of the written chain that starts at mention {@code i}. */
    static int end(List<RegionMention> mentions, int i, Gazetteer gazetteer) {
        int last = i;
        while (qualifiesNext(mentions, last, gazetteer)) {
            last++;
        }
        return last;
    }
}
