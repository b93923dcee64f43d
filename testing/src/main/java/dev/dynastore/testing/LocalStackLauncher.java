package dev.dynastore.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts LocalStack's DynamoDB in a Testcontainers container. Needs a Docker engine and Testcontainers on the
 * test classpath ({@code org.testcontainers:testcontainers-localstack}, optional in this module); both are
 * checked before any Testcontainers class is touched.
 */
final class LocalStackLauncher {
  /** System property overriding the LocalStack image. */
  static final String IMAGE_PROPERTY = "dynastore.localstack.image";
  private static final String DEFAULT_IMAGE = "localstack/localstack:4.9";

  private LocalStackLauncher() {}

  static String unavailableReason() {
    try {
      Class.forName("org.testcontainers.DockerClientFactory", false, LocalStackLauncher.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return "Testcontainers is not on the test classpath: add org.testcontainers:testcontainers-localstack"
          + " to run the localstack backend.";
    }
    return Docker.isAvailable() ? null
        : "no Docker engine answers on this machine: the localstack backend runs LocalStack in a container.";
  }

  static LocalDynamoDb start() {
    String reason = unavailableReason();
    if (reason != null) {
      throw new BackendUnavailableException(Backend.LOCALSTACK, reason);
    }
    return Docker.startLocalStack(System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE));
  }

  /** Holds every Testcontainers reference, so that the class loads only when Testcontainers is present. */
  private static final class Docker {
    static boolean isAvailable() {
      return DockerClientFactory.instance().isDockerAvailable();
    }

    static LocalDynamoDb startLocalStack(String image) {
      LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(image)).withServices("dynamodb");
      container.start();
      return new LocalDynamoDb(Backend.LOCALSTACK, container.getEndpoint(), container::stop,
          "LocalStack container " + container.getContainerId());
    }
  }
}
