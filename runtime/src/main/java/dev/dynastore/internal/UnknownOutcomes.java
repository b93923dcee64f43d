package dev.dynastore.internal;

import dev.dynastore.OutcomeUnknownException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link OutcomeUnknownException} Dynastore reports goes through here: logged at warn level (logger
 * {@code dev.dynastore.outcomes}), since a write that may or may not have applied is worth an operator's attention
 * even when the caller handles it, and told to the session's hooks ({@link dev.dynastore.RequestHook#outcomeUnknown}).
 */
final class UnknownOutcomes {
  private static final Logger LOG = LoggerFactory.getLogger("dev.dynastore.outcomes");

  private UnknownOutcomes() {}

  /**
   * {@code unknown}, logged and told to the hooks of {@code session}: the outcome of the write named
   * {@code operation}, for the repository of {@code entityType} (null: none).
   */
  static OutcomeUnknownException reported(Session session, String operation, Class<?> entityType,
      OutcomeUnknownException unknown) {
    LOG.warn("outcome unknown: {}", unknown.getMessage());
    session.outcomeUnknown(operation, entityType, unknown);
    return unknown;
  }
}
