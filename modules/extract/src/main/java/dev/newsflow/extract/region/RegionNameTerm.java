package dev.newsflow.extract.region;

import java.util.List;

/**
 * Meaning of a place name in the shared term automaton: the divisions it may refer to.
 *
 * @param strongCandidates the candidates by a full, former or variant name (not a short form), worked out once
 *                         here because every occurrence of the name asks for them
 */
public record RegionNameTerm(String name, List<NameCandidate> candidates, List<NameCandidate> strongCandidates) {

    public static RegionNameTerm of(String name, List<NameCandidate> candidates) {
        return new RegionNameTerm(name, candidates,
                candidates.stream().filter(c -> c.form() != NameForm.SHORT).toList());
    }
}
