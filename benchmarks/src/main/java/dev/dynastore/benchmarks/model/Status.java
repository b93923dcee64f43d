package dev.dynastore.benchmarks.model;

/** A customer status. */
public enum Status { ACTIVE, SUSPENDED, CLOSED }
