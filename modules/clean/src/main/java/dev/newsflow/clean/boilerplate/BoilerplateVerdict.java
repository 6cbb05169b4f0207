package dev.newsflow.clean.boilerplate;

/**
 * The boilerplate decision on one line.
 *
 * @param boilerplate whether the line is site chrome
 * @param rule        the rule and its evidence, e.g. {@code "icp-licence: icp备"}; null when not chrome
 * @param startsTail  the line opens the page's tail (related articles...): what follows is chrome too
 */
public record BoilerplateVerdict(boolean boilerplate, String rule, boolean startsTail) {
    public static final BoilerplateVerdict CONTENT = new BoilerplateVerdict(false, null, false);
}
