package dev.newsflow.clean;

import dev.newsflow.clean.lexicon.Lexicon;

import java.util.Objects;

/**
 * The data the cleaner decides with: versioned word lists under {@code src/main/resources/dev/newsflow/clean/},
 * each compiled once into a term matcher. Immutable; share one instance.
 *
 * @param spamLexicon        weighted spam terms and spider-pool labels ({@code spam-lexicon.txt})
 * @param boilerplateLexicon site-chrome markers with their line-length and position rules ({@code boilerplate-lexicon.txt})
 * @param htmlChromeNames    class/id fragments that mark HTML chrome ({@code html-chrome.txt})
 */
public record CleaningRules(Lexicon spamLexicon, Lexicon boilerplateLexicon, Lexicon htmlChromeNames) {
    private static final String BASE = "dev/newsflow/clean/";

    public CleaningRules {
        Objects.requireNonNull(spamLexicon, "spamLexicon");
        Objects.requireNonNull(boilerplateLexicon, "boilerplateLexicon");
        Objects.requireNonNull(htmlChromeNames, "htmlChromeNames");
    }

    /** The bundled lists, loaded on first use and then shared. */
    public static CleaningRules defaults() {
        return Defaults.INSTANCE;
    }

    /** Versions of the lists, for logs and for the provenance of a cleaned page. */
    public String versions() {
        return spamLexicon + ", " + boilerplateLexicon + ", " + htmlChromeNames;
    }

    private static final class Defaults {
        static final CleaningRules INSTANCE = new CleaningRules(
                Lexicon.fromClasspath(BASE + "spam-lexicon.txt"),
                Lexicon.fromClasspath(BASE + "boilerplate-lexicon.txt"),
                Lexicon.fromClasspath(BASE + "html-chrome.txt"));
    }
}
