package dev.newsflow.clean.html;

import dev.newsflow.clean.text.Block;

import java.util.List;

/**
 * What the HTML structure tells about a page.
 *
 * @param title     the {@code <title>} text ("" when none)
 * @param headings  {@code h1} texts in page order (the likeliest headline candidates)
 * @param metaDates publication dates declared in {@code <meta>} (article:published_time, PubDate, ...), raw
 * @param blocks    the visible and hidden text blocks in page order
 */
public record HtmlPage(String title, List<String> headings, List<String> metaDates, List<Block> blocks) {
}
