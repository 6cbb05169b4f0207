package dev.newsflow.extract.region;

import java.util.List;

/** Meaning of a place name in the shared term automaton: the divisions it may refer to. */
public record RegionNameTerm(String name, List<NameCandidate> candidates) {
}
