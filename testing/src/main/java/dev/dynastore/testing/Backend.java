package dev.dynastore.testing;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of DynamoDB that tests can run against, each with the {@link Feature}s it has.
 *
 * <p>Chosen by {@link LocalDynamoDb#fromEnvironment()}: an endpoint in {@code DYNASTORE_ENDPOINT} wins
 * ({@link #ENDPOINT}); otherwise the system property {@code dynastore.backend} names one of
 * {@code dynalite} (the default), {@code moto} or {@code localstack}.
 */
public enum Backend {
  /** dynalite (npm, Apache-2.0): in-memory, started with Node. Atomic conditional writes; no transactions. */
  DYNALITE(EnumSet.of(Feature.ATOMIC_CONDITIONAL_WRITES)),

  /** moto's {@code moto_server} (Python, Apache-2.0): has transactions, but its conditional writes race. */
  MOTO(EnumSet.of(
      Feature.TRANSACTIONS, Feature.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE, Feature.TTL_CONFIGURATION,
      Feature.UTF8_KEY_ORDER)),

  /** LocalStack in a Testcontainers container; needs a Docker engine. */
  LOCALSTACK(EnumSet.allOf(Feature.class)),

  /** Any endpoint named in {@code DYNASTORE_ENDPOINT}: real DynamoDB, or something that claims to be. */
  ENDPOINT(EnumSet.allOf(Feature.class));

  private final Set<Feature> features;

  Backend(Set<Feature> features) {
    this.features = features;
  }

  /** Whether this backend has the feature. */
  public boolean supports(Feature feature) {
    return features.contains(feature);
  }

  /** The backend's name as the {@code dynastore.backend} property spells it. */
  public String propertyValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@code dynastore.backend} value; a blank value means {@link #DYNALITE}. */
  public static Backend fromPropertyValue(String value) {
    if (value == null || value.isBlank()) {
      return DYNALITE;
    }
    for (Backend backend : values()) {
      if (backend != ENDPOINT && backend.propertyValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return backend;
      }
    }
    throw new IllegalArgumentException(
        "dynastore.backend=" + value + " is not a backend: use dynalite, moto or localstack"
            + " (or set DYNASTORE_ENDPOINT for any other endpoint)");
  }
}
