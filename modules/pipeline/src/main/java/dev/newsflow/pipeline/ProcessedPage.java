package dev.newsflow.pipeline;

import dev.newsflow.clean.CleanedPage;
import dev.newsflow.extract.Extraction;

/**
 * What the pipeline made of one page: the cleaned article and the events extracted from it.
 *
 * @param articleId stable id of the article (see {@link ArticleIds})
 * @param url the page URL as given
 * @param cleaned cleaning result (text, removals, repairs, charset, date)
 * @param extraction relevance, primary region and events; empty for spam pages
 */
public record ProcessedPage(String articleId, String url, CleanedPage cleaned, Extraction extraction) {}
