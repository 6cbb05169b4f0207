package dev.newsflow.extract.region;

/**
 * A province-, city- or county-level division of the gazetteer.
 *
 * @param adcode       6-digit GB/T 2260 code
 * @param parentAdcode code of the parent division, {@code 000000} for provinces
 * @param shortName    the name without its administrative suffix (酒泉市 -> 酒泉), empty when none
 */
public record Division(String adcode, DivisionLevel level, String name, String parentAdcode, String shortName) {
}
