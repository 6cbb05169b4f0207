package dev.newsflow.extract.region;

/**
 * A place name in the text that resolved to a division.
 *
 * @param start       offset in the text it was found in (title or body)
 * @param inTitle     found in the title rather than in the body text
 * @param institution the name opens an institution's name (酒泉市人民医院): the institution's place, weaker evidence
 */
public record RegionMention(int start, int end, Division division, NameForm form, boolean inTitle,
                            boolean institution) {
}
