package dev.newsflow.sink.query;

/**
 * A GB/T 2260 division as stored; names in simplified script, null where unknown.
 *
 * @param adcode six-digit code; 000000 is national
 * @param name the division's own name, e.g. 玉门市
 * @param province containing province, e.g. 甘肃省
 * @param city containing prefecture-level city
 * @param county the county-level division when the region is one
 */
public record RegionView(String adcode, String name, String province, String city, String county) {}
