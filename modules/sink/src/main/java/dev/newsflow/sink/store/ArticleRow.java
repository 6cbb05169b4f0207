package dev.newsflow.sink.store;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.Repairs;
import java.time.LocalDate;
import java.util.List;

/** An {@link Article} flattened into the columns of {@code articles} and its child tables. */
record ArticleRow(
        String id, String url, String site, String title, LocalDate publishedDate, long fetchedAtMs, String text,
        boolean spam, boolean relevant, String declaredCharset, String detectedCharset, RegionRow region,
        long simhash, String duplicateOf, int convertedChars, int pinyinAnnotations, int mojibakeRepaired,
        int mojibakeUnrecoverable, long processedAtMs, List<RemovalRow> removals, List<String> mentions) {

    /** A removed line, in page order. */
    record RemovalRow(String reason, String rule, String text) {}

    static ArticleRow of(Article article) {
        Repairs repairs = article.getRepairs();
        List<RemovalRow> removals = article.getRemoved().stream().map(ArticleRow::removal).toList();
        return new ArticleRow(article.getId(), article.getUrl(), article.getSite(), article.getTitle(),
                article.getPublishedDate(), article.getFetchedAt().toEpochMilli(), article.getText(),
                article.getSpam(), article.getRelevant(), article.getDeclaredCharset(), article.getDetectedCharset(),
                RegionRow.of(article.getRegion()), article.getSimhash(), article.getDuplicateOf(),
                repairs.getConvertedChars(), repairs.getPinyinAnnotations(), repairs.getMojibakeRepaired(),
                repairs.getMojibakeUnrecoverable(), article.getProcessedAt().toEpochMilli(), removals,
                List.copyOf(article.getMentions()));
    }

    private static RemovalRow removal(Removal removal) {
        return new RemovalRow(removal.getReason().name(), removal.getRule(), removal.getText());
    }
}
