package dev.dynastore.internal;

import dev.dynastore.OutcomeUnknownException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link OutcomeUnknownException} Dynastore reports is logged at warn level as well (logger
 * {@code dev.dynastore.outcomes}): a write that may or may not have applied is worth an operator's attention even
 * when the caller handles it.
 */
final class UnknownOutcomes {
  private static final Logger LOG = LoggerFactory.getLogger("dev.dynastore.outcomes");

  private UnknownOutcomes() {}

  /** {@code unknown}, logged. */
  static OutcomeUnknownException reported(OutcomeUnknownException unknown) {
    LOG.warn("outcome unknown: {}", unknown.getMessage());
    return unknown;
  }
}
