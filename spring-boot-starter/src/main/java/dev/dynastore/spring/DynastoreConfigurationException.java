package dev.dynastore.spring;

/**
 * Dynastore's configuration cannot serve the application's repositories: a table key without a table name, an
 * entity bound to two tables, or one configuration names that has no repository. Start-up fails with it, before
 * any request; the message says what to set.
 */
public class DynastoreConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String action;

  DynastoreConfigurationException(String problem, String action) {
    super(problem + "; " + action);
    this.problem = problem;
    this.action = action;
  }

  /** What is wrong. */
  public String problem() {
    return problem;
  }

  /** What to change. */
  public String action() {
    return action;
  }
}
