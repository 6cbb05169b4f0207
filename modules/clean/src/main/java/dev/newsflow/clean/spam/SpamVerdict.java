package dev.newsflow.clean.spam;

/**
 * The spam decision on one piece of text.
 *
 * @param spam  whether it is spam
 * @param rule  the deciding rule and its evidence, e.g. {@code "porn-lexicon: 东京热"}; null when not spam
 * @param score the summed lexicon weight (for diagnostics)
 */
public record SpamVerdict(boolean spam, String rule, int score) {
    public static final SpamVerdict CLEAN = new SpamVerdict(false, null, 0);
}
