package dev.dynastore.testing;

import java.net.URI;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * A running DynamoDB for tests, samples and benchmarks: a local server this object started (and stops on
 * {@link #close()}), or an endpoint someone else runs.
 *
 * <pre>{@code
 * try (LocalDynamoDb dynamo = LocalDynamoDb.start(Backend.DYNALITE);
 *      DynamoDbClient client = dynamo.newClient()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Local servers listen on loopback only and take any credentials; their clients use region us-east-1 and
 * fixed dummy credentials. An {@link Backend#ENDPOINT endpoint} client uses the SDK's default credentials and
 * region chains, as production code would.
 */
public final class LocalDynamoDb implements AutoCloseable {
  /** Environment variable naming an endpoint to use instead of starting a local server. */
  public static final String ENDPOINT_VARIABLE = "DYNASTORE_ENDPOINT";
  /** System property naming an endpoint; the environment variable wins over it. */
  public static final String ENDPOINT_PROPERTY = "dynastore.endpoint";
  /** System property choosing the local server: {@code dynalite} (default), {@code moto} or {@code localstack}. */
  public static final String BACKEND_PROPERTY = "dynastore.backend";

  private final Backend backend;
  private final URI endpoint;
  private final Runnable stopper;
  private final String description;

  LocalDynamoDb(Backend backend, URI endpoint, Runnable stopper, String description) {
    this.backend = backend;
    this.endpoint = endpoint;
    this.stopper = stopper;
    this.description = description;
  }

  /**
   * The DynamoDB the environment asks for: {@code DYNASTORE_ENDPOINT} (or {@code -Ddynastore.endpoint}) if
   * set, else a local server of the kind {@code -Ddynastore.backend} names, dynalite by default.
   */
  public static LocalDynamoDb fromEnvironment() {
    String endpoint = configuredEndpoint();
    if (endpoint != null) {
      return atEndpoint(URI.create(endpoint));
    }
    return start(configuredBackend());
  }

  /** The backend {@link #fromEnvironment()} would use, without starting it. */
  public static Backend configuredBackend() {
    if (configuredEndpoint() != null) {
      return Backend.ENDPOINT;
    }
    return Backend.fromPropertyValue(System.getProperty(BACKEND_PROPERTY));
  }

  /**
   * Why {@code backend} cannot run on this machine (a sentence saying what to install), or null when it can
   * be tried. dynalite is never reported unavailable here: a missing Node or {@code npm ci} is a set-up
   * error that fails loudly in {@link #start(Backend)}.
   */
  public static String unavailableReason(Backend backend) {
    switch (backend) {
      case MOTO:
        return MotoLauncher.unavailableReason();
      case LOCALSTACK:
        return LocalStackLauncher.unavailableReason();
      default:
        return null;
    }
  }

  /** Starts a local server of the given kind and waits until it answers. */
  public static LocalDynamoDb start(Backend backend) {
    switch (backend) {
      case DYNALITE:
        return DynaliteLauncher.start();
      case MOTO:
        return MotoLauncher.start();
      case LOCALSTACK:
        return LocalStackLauncher.start();
      default:
        throw new IllegalArgumentException("an endpoint backend is not started: use atEndpoint(uri)");
    }
  }

  /**
   * dynalite whose tables take {@code tableStateChanges} to become active (to be deleted, to be updated), as real
   * DynamoDB's do: for tests of code that waits for a table.
   */
  public static LocalDynamoDb startDynalite(java.time.Duration tableStateChanges) {
    return DynaliteLauncher.start(tableStateChanges);
  }

  /** A DynamoDB someone else runs, such as real AWS; {@link #close()} leaves it alone. */
  public static LocalDynamoDb atEndpoint(URI endpoint) {
    Objects.requireNonNull(endpoint, "endpoint == null");
    return new LocalDynamoDb(Backend.ENDPOINT, endpoint, () -> {}, "endpoint " + endpoint);
  }

  /** Which kind of DynamoDB this is. */
  public Backend backend() {
    return backend;
  }

  /** Whether this DynamoDB has the feature. */
  public boolean supports(Feature feature) {
    return backend.supports(feature);
  }

  /** The endpoint clients connect to. */
  public URI endpoint() {
    return endpoint;
  }

  /** A new client for this DynamoDB; the caller closes it. */
  public DynamoDbClient newClient() {
    return configure(DynamoDbClient.builder()).build();
  }

  /** Points a client builder at this DynamoDB, with credentials and region to match. */
  public DynamoDbClientBuilder configure(DynamoDbClientBuilder builder) {
    builder.endpointOverride(endpoint);
    if (backend == Backend.ENDPOINT) {
      builder.region(defaultRegion()).credentialsProvider(DefaultCredentialsProvider.builder().build());
    } else {
      builder.region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
    }
    return builder;
  }

  /** Stops the server if this object started it. */
  @Override
  public void close() {
    stopper.run();
  }

  @Override
  public String toString() {
    return backend.propertyValue() + " at " + endpoint + " (" + description + ")";
  }

  static URI loopback(int port) {
    return URI.create("http://127.0.0.1:" + port);
  }

  private static String configuredEndpoint() {
    String fromEnvironment = System.getenv(ENDPOINT_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment.trim();
    }
    String fromProperty = System.getProperty(ENDPOINT_PROPERTY);
    return fromProperty == null || fromProperty.isBlank() ? null : fromProperty.trim();
  }

  private static Region defaultRegion() {
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (SdkClientException noRegionConfigured) {
      return Region.US_EAST_1;
    }
  }
}
