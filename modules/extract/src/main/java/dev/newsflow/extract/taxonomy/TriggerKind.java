package dev.newsflow.extract.taxonomy;

/** How much a trigger term says on its own (see taxonomy/triggers.tsv). */
public enum TriggerKind {
    /** Reform vocabulary only health policy uses. */
    REFORM,
    /** Wording shared with other sectors: needs a health anchor nearby. */
    GENERIC,
    /** A kind of health institution: must be acted on, not just be where something happens. */
    FACILITY
}
