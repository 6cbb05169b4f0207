package dev.newsflow.extract.relevance;

/** What a reporting-context cue says about its sentence (relevance/context-cues.tsv). */
public enum CueKind { DONE, PLAN, PASSING, PASSING_PLACE, ROLE, NEGATIVE, GENRE, NEGATED }
