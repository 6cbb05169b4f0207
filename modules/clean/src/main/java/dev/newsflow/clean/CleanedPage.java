package dev.newsflow.clean;

import java.time.LocalDate;
import java.util.List;

/**
 * The cleaned article.
 *
 * @param title           the headline in simplified script ({@code ""} when none could be found)
 * @param publishedDate   the date of the article's own date line, or {@code null} when the page has none
 * @param text            simplified article text, paragraphs separated by {@code \n}. It starts with the
 *                        headline paragraph when the headline is printed on the page (downstream extraction
 *                        uses it as a sentence like any other)
 * @param spam            true when the whole page is spam (nothing worth keeping); spam lines inside a real
 *                        article are only listed in {@code removed}
 * @param removed         everything removed, in page order, each with its reason and rule
 * @param repairs         what script normalization changed
 * @param declaredCharset the charset the HTTP header or the page's own meta declared, or {@code null}
 * @param detectedCharset the charset the bytes were decoded with (Java canonical name; GBK/GB2312 as GB18030)
 */
public record CleanedPage(String title, LocalDate publishedDate, String text, boolean spam,
                          List<Removal> removed, Repairs repairs, String declaredCharset, String detectedCharset) {
    public CleanedPage {
        removed = List.copyOf(removed);
    }
}
