package dev.dynastore;

import java.util.List;

/**
 * The table exists but cannot serve the entity types it was checked for: it lacks an index, has one keyed
 * differently, has another key schema, or has DynamoDB's TTL deletion off or on another attribute. The message
 * lists every problem, and {@link #problems()} each one, so a deployment with the wrong table fails at start.
 */
public final class TableMismatchException extends DynastoreException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public TableMismatchException(String table, List<String> problems) {
    super("table " + table + " cannot serve these entity types: " + String.join("; ", problems)
        + ". Change it with your infrastructure code (local indexes can only be created with the table)", null);
    this.problems = List.copyOf(problems);
  }

  /** Each problem found, in words. */
  public List<String> problems() {
    return problems;
  }
}
