package dev.dynastore.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class LocalDynamoDbTest {

  @Test
  void dynaliteStartsAnswersAndStops() {
    URI endpoint;
    try (LocalDynamoDb dynamo = LocalDynamoDb.start(Backend.DYNALITE); DynamoDbClient client = dynamo.newClient()) {
      endpoint = dynamo.endpoint();
      assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
      assertThat(client.listTables().tableNames()).isEmpty();
      assertThat(isListening(endpoint)).isTrue();
    }
    assertThat(waitUntilClosed(endpoint)).as("dynalite still listening after close").isTrue();
  }

  @Test
  void motoStartsAnswersAndStops() {
    String reason = LocalDynamoDb.unavailableReason(Backend.MOTO);
    if (reason != null) {
      System.out.println("[dynastore-testing] SKIPPED motoStartsAnswersAndStops: " + reason);
    }
    Assumptions.assumeTrue(reason == null, reason);
    URI endpoint;
    try (LocalDynamoDb dynamo = LocalDynamoDb.start(Backend.MOTO); DynamoDbClient client = dynamo.newClient()) {
      endpoint = dynamo.endpoint();
      assertThat(client.listTables().tableNames()).isEmpty();
    }
    assertThat(waitUntilClosed(endpoint)).as("moto_server still listening after close").isTrue();
  }

  @Test
  void twoDynalitesGetDifferentPorts() {
    try (LocalDynamoDb first = LocalDynamoDb.start(Backend.DYNALITE);
        LocalDynamoDb second = LocalDynamoDb.start(Backend.DYNALITE)) {
      assertThat(first.endpoint().getPort()).isNotEqualTo(second.endpoint().getPort());
    }
  }

  @Test
  void missingNpmInstallIsOneClearSentence(@TempDir Path emptyProject) throws IOException {
    Files.writeString(emptyProject.resolve("package.json"), "{}");
    String previous = System.getProperty(DynaliteLauncher.HOME_PROPERTY);
    System.setProperty(DynaliteLauncher.HOME_PROPERTY, emptyProject.toString());
    try {
      assertThatThrownBy(() -> LocalDynamoDb.start(Backend.DYNALITE))
          .isInstanceOf(BackendUnavailableException.class)
          .hasMessage("dynalite, the local DynamoDB, is not installed: run `npm install --save-dev dynalite@4.0.0` in "
              + emptyProject + " (or `npm ci` where a package-lock.json names it), or set -Ddynastore.dynalite.home"
              + " to a folder whose node_modules has it, or set DYNASTORE_ENDPOINT to test against another DynamoDB.");
    } finally {
      if (previous == null) {
        System.clearProperty(DynaliteLauncher.HOME_PROPERTY);
      } else {
        System.setProperty(DynaliteLauncher.HOME_PROPERTY, previous);
      }
    }
  }

  @Test
  void serverDiesWithAKilledJvm() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        StartAndWait.class.getName()).redirectErrorStream(true).start();
    URI endpoint;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("ENDPOINT ")) {
        // skip log lines
      }
      assertThat(line).as("child JVM output").isNotNull();
      endpoint = URI.create(line.substring("ENDPOINT ".length()));
      assertThat(isListening(endpoint)).isTrue();
      child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
    }
    assertThat(waitUntilClosed(endpoint)).as("dynalite outlived the JVM that started it").isTrue();
  }

  @Test
  void backendPropertyValues() {
    assertThat(Backend.fromPropertyValue(null)).isEqualTo(Backend.DYNALITE);
    assertThat(Backend.fromPropertyValue(" Moto ")).isEqualTo(Backend.MOTO);
    assertThat(Backend.fromPropertyValue("localstack")).isEqualTo(Backend.LOCALSTACK);
    assertThatThrownBy(() -> Backend.fromPropertyValue("dynamodb-local"))
        .hasMessageContaining("use dynalite, moto or localstack");
    assertThat(Backend.DYNALITE.supports(Feature.TRANSACTIONS)).isFalse();
    assertThat(Backend.MOTO.supports(Feature.ATOMIC_CONDITIONAL_WRITES)).isFalse();
  }

  /** Started in a child JVM by {@link #serverDiesWithAKilledJvm()}. */
  static final class StartAndWait {
    public static void main(String[] args) throws InterruptedException {
      LocalDynamoDb dynamo = LocalDynamoDb.start(Backend.DYNALITE);
      System.out.println("ENDPOINT " + dynamo.endpoint());
      Thread.sleep(Duration.ofMinutes(2).toMillis());
    }
  }

  private static boolean isListening(URI endpoint) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean waitUntilClosed(URI endpoint) {
    for (int i = 0; i < 100; i++) {
      if (!isListening(endpoint)) {
        return true;
      }
      ServerProcess.sleep(Duration.ofMillis(100));
    }
    return false;
  }

}
