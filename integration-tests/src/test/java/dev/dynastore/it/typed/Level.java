package dev.dynastore.it.typed;

/** Declared in its natural (ordinal) order, which is not its names' alphabetical order. */
public enum Level { LOW, MEDIUM, HIGH }
