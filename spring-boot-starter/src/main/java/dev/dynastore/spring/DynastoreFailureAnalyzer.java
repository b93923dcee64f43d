package dev.dynastore.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a failed start-up caused by Dynastore's configuration: what is wrong, and what to set. */
class DynastoreFailureAnalyzer extends AbstractFailureAnalyzer<DynastoreConfigurationException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DynastoreConfigurationException cause) {
    return new FailureAnalysis(cause.problem(), cause.action(), cause);
  }
}
