package dev.dynastore.testing;

import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Dynastore;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.kv.KVPartition;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What Dynastore logs through SLF4J (here slf4j-simple, writing to standard error, with {@code dev.dynastore.requests}
 * at debug): each request at debug level with its operation, outcome, latency, attempts (when retried) and cost; an
 * unknown outcome at warn.
 */
class LoggingTest {
  @Test
  void eachRequestAtDebugAndAnUnknownOutcomeAtWarn() throws Exception {
    FaultInjector faults = new FaultInjector();
    try (LocalDynamoDb dynamo = LocalDynamoDb.start(Backend.DYNALITE);
        DynamoDbClient client = dynamo.configure(DynamoDbClient.builder())
            .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(faults).build())
            .build()) {
      KVPartition partition = Dynastore.builder().client(client).build().table("Logged").partition("p");
      partition.table().createIfMissing();

      String logged = stderrOf(() -> {
        partition.put("k1", withString("v"));
        faults.inject("PutItem", FaultInjector.Fault.SERVER_ERROR); // maybe applied, then created: maybe twice
        assertThatThrownBy(() -> partition.atomicPut("k2", withString("v")))
            .isInstanceOf(OutcomeUnknownException.class);
      });

      assertThat(logged).containsPattern("DEBUG dev\\.dynastore\\.requests - Put answered in \\d+ ms \\(0\\.0 read, 1\\.0"
          + " write units\\)");
      assertThat(logged).as("the SDK retried the create after the server error")
          .containsPattern("DEBUG dev\\.dynastore\\.requests - AtomicPut answered in \\d+ ms after 2 attempts \\(");
      assertThat(logged).contains("WARN dev.dynastore.outcomes - outcome unknown: the create of p/k2");
      assertThat(logged).doesNotContain("INFO dev.dynastore");
    }
  }

  private interface Action {
    void run() throws Exception;
  }

  private static String stderrOf(Action action) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    String text = captured.toString(StandardCharsets.UTF_8);
    original.print(text);
    return text;
  }
}
