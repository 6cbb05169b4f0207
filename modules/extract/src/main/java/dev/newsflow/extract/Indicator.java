package dev.newsflow.extract;

/**
 * A figure a sentence states.
 *
 * @param metric what it measures (门诊量), as worded in the sentence
 * @param value  the number; for a change, signed (降幅51% -> -51)
 * @param unit   the unit as written, multiplier included (%, 万元, 亿元, 万元/床/年); empty when the text gives none
 * @param change whether the figure is a change (同比增长18.3%) rather than a level
 */
public record Indicator(String metric, double value, String unit, boolean change) {
}
