package dev.newsflow.extract;

/** Stage of a reform event (docs/reform-taxonomy.md). */
public enum Stage { ANNOUNCED, PILOT, TARGET, PROGRESS, OTHER }
