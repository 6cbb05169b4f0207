package dev.newsflow.clean;

/**
 * One removed piece of the page, with the rule that removed it so an operator can see why.
 *
 * @param reason what kind of removal
 * @param rule   the rule and, where a word list decided, the hit, e.g. {@code "porn-lexicon: 东京热"}
 *               or {@code "icp-licence: ICP备"}
 * @param text   the removed text as it appeared on the page (before script normalization)
 */
public record Removal(RemovalReason reason, String rule, String text) {
}
