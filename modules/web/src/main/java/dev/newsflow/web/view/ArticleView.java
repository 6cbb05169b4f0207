package dev.newsflow.web.view;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.Removal;
import dev.newsflow.contracts.Repairs;
import java.util.List;

/**
 * An article as the drill-down shows it: the cleaned text the evidence offsets point into, and every line
 * removed from the page with the reason and the rule that fired.
 */
public record ArticleView(String id, String url, String site, String title, String publishedDate, String fetchedAt,
        String text, boolean spam, List<RemovalView> removed, RepairsView repairs, String declaredCharset,
        String detectedCharset, boolean relevant, RegionView region, String duplicateOf, List<String> mentions,
        String processedAt) {

    public static ArticleView of(Article article) {
        Repairs repairs = article.getRepairs();
        return new ArticleView(article.getId(), article.getUrl(), article.getSite(), article.getTitle(),
                Iso.date(article.getPublishedDate()), Iso.instant(article.getFetchedAt()), article.getText(),
                article.getSpam(), article.getRemoved().stream().map(RemovalView::of).toList(),
                new RepairsView(repairs.getConvertedChars(), repairs.getPinyinAnnotations(),
                        repairs.getMojibakeRepaired(), repairs.getMojibakeUnrecoverable()),
                article.getDeclaredCharset(), article.getDetectedCharset(), article.getRelevant(),
                RegionView.of(article.getRegion()), article.getDuplicateOf(), List.copyOf(article.getMentions()),
                Iso.instant(article.getProcessedAt()));
    }

    /** @param reason SPAM, BOILERPLATE or OTHER; rule: the rule or lexicon entry that fired */
    public record RemovalView(String reason, String rule, String text) {

        public static RemovalView of(Removal removal) {
            return new RemovalView(removal.getReason().name(), removal.getRule(), removal.getText());
        }
    }

    public record RepairsView(int convertedChars, int pinyinAnnotations, int mojibakeRepaired,
            int mojibakeUnrecoverable) {}
}
