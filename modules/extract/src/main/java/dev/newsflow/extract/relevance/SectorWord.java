package dev.newsflow.extract.relevance;

/** Meaning of a sector word in the shared term automaton (relevance/sector-words.tsv). */
public record SectorWord(String term, Kind kind) {

    public enum Kind {
        /** An actor or object of another sector (教育局, 教师, 交通运输, 农业): the trigger near it is not health. */
        OTHER_SECTOR,
        /** A word holding a health anchor that means cleanliness (卫生厕所): the anchors inside it do not count. */
        NOT_HEALTH
    }
}
