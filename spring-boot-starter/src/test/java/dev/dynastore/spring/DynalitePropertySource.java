package dev.dynastore.spring;

import dev.dynastore.testing.LocalDynamoDb;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test application's starter at a local DynamoDB, with the credentials the SDK's default chain reads. */
final class DynalitePropertySource {
  private DynalitePropertySource() {}

  static void register(DynamicPropertyRegistry registry, LocalDynamoDb dynamo) {
    registry.add("dynastore.endpoint", () -> dynamo.endpoint().toString());
    registry.add("dynastore.region", () -> "us-east-1");
    System.setProperty("aws.accessKeyId", "local");
    System.setProperty("aws.secretAccessKey", "local");
  }
}
