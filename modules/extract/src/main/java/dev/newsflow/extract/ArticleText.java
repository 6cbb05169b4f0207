package dev.newsflow.extract;

import java.time.LocalDate;

/**
 * The extractor's input: one article's already-clean simplified text.
 *
 * @param articleId       stable id of the article (event ids derive from it)
 * @param url             where the page came from, or null
 * @param title           headline, may be empty
 * @param text            normalized simplified text, paragraphs separated by '\n'; offsets of evidence refer to it
 * @param publishedDate   publication date, or null when unknown
 * @param publisherAdcode GB/T 2260 code of the publisher's region, or null when unknown
 */
public record ArticleText(String articleId, String url, String title, String text, LocalDate publishedDate,
                          String publisherAdcode) {
}
