package dev.newsflow.clean.text;

/**
 * One paragraph-like unit of a page, in page order: a line of a plain-text dump or a block element of HTML.
 *
 * @param text        the raw text (not yet normalized)
 * @param hidden      inside an element the reader cannot see ({@code display:none}, {@code hidden}, ...)
 * @param chromeHint  why the HTML structure marks it as site chrome ({@code "nav"}, {@code "footer"},
 *                    {@code "class=breadcrumb"}...), or {@code null}
 * @param linkDensity share of the text that is link text (0 for plain text)
 * @param links       number of links in the block
 * @param heading     an {@code h1}–{@code h6}
 */
public record Block(String text, boolean hidden, String chromeHint, double linkDensity, int links, boolean heading) {
    public static Block plain(String text) {
        return new Block(text, false, null, 0, 0, false);
    }
}
