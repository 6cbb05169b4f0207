package dev.newsflow.extract.relevance;

import dev.newsflow.extract.taxonomy.Category;
import dev.newsflow.extract.taxonomy.CategoryFinding;
import dev.newsflow.extract.taxonomy.TriggerKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether an article reports health-reform events at all. Policy wording alone is not enough: the
 * taxonomy triggers are health-specific or need a health anchor, and passing mentions never become findings.
 * On top of that an article is relevant only with a firm finding (health-reform vocabulary reported as done or
 * planned, or any trigger reported as done), or firm-enough findings in two categories, and when its
 * advertising/research/disease-knowledge sentences do not outnumber its event sentences. An article whose title or
 * lead marks it as an advert, research news, a service notice, an activity report or health advice
 * ({@link ReportingContext#hasNonReformGenre}, unless its title names a reform) is not relevant whatever reform
 * wording it uses: there that wording describes an institution (该院是国家区域医疗中心建设单位), it does not report a
 * reform.
 */
public final class RelevanceDecider {

    private static final double REFORM_FIRM = 0.7;
    private static final double ANY_FIRM = 0.75;

    public boolean isRelevant(List<CategoryFinding> findings, int negativeSentences, boolean nonReformGenre) {
        if (nonReformGenre) {
            return false;
        }
        long eventSentences = findings.stream().map(f -> f.sentence().index()).distinct().count();
        if (eventSentences == 0 || negativeSentences > 2 * eventSentences) {
            return false;
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (CategoryFinding finding : findings) {
            if ((finding.kind() == TriggerKind.REFORM && finding.confidence() >= REFORM_FIRM)
                    || finding.confidence() >= ANY_FIRM) {
                return true;
            }
            if (finding.confidence() >= REFORM_FIRM) {
                categories.add(finding.category());
            }
        }
        return categories.size() >= 2;
    }
}
