package dev.newsflow.extract.region;

/** One division a name may refer to, and how. */
public record NameCandidate(Division division, NameForm form) {
}
