package dev.newsflow.web.api;

import dev.newsflow.web.source.EventAggregates;
import dev.newsflow.web.source.PipelineHealth;

import java.util.List;

/**
 * {@code /api/stats}: the live event counts for the charts and the pipeline's health.
 *
 * @param events counts per category and province per day; null when their source could not answer
 * @param pipeline the pipeline's health, merged from every source that answered
 * @param unavailable the sources that could not answer this time
 */
public record StatsView(EventAggregates events, PipelineHealth pipeline, List<String> unavailable) {}
