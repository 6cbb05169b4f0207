package dev.newsflow.extract.region;

/** How a name refers to a division. */
public enum NameForm {
    /** Official name (酒泉市). */
    FULL,
    /** Former official name mapped to today's division (襄樊市 -> 襄阳市). */
    FORMER,
    /** Script variant that survives conversion (陜西). */
    VARIANT,
    /** Name without the administrative suffix (酒泉): needs context before it counts. */
    SHORT
}
