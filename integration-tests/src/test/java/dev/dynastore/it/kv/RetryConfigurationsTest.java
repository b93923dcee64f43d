package dev.dynastore.it.kv;

import static dev.dynastore.kv.WriteOption.withString;
import static dev.dynastore.testing.FaultInjector.Fault.LOSE_ANSWER;
import static dev.dynastore.testing.FaultInjector.Fault.THROTTLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Dynastore;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.TableName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The attempts of a write are seen whatever retry configuration the client was built with: the retry modes, a
 * configured strategy, and the legacy retry policies.
 */
@DynamoDbTest
class RetryConfigurationsTest {

  @Test
  @SuppressWarnings("deprecation") // the legacy RetryPolicy is still what some applications configure
  void everyRetryConfigurationReportsAttemptsHonestly(LocalDynamoDb dynamo, DynamoDbClient client,
      @TableName String table) {
    Map<String, Consumer<ClientOverrideConfiguration.Builder>> configurations = new LinkedHashMap<>();
    configurations.put("default", override -> { });
    configurations.put("configured strategy", override -> override.retryStrategy(retries -> retries.maxAttempts(4)));
    configurations.put("STANDARD", override -> override.retryStrategy(RetryMode.STANDARD));
    configurations.put("LEGACY", override -> override.retryStrategy(RetryMode.LEGACY));
    configurations.put("ADAPTIVE_V2", override -> override.retryStrategy(RetryMode.ADAPTIVE_V2));
    configurations.put("legacy RetryPolicy", override -> override.retryPolicy(RetryPolicy.builder().numRetries(3).build()));
    configurations.put("legacy RetryPolicy by mode", override -> override.retryPolicy(RetryMode.STANDARD));
    Dynastore.builder().client(client).build().table(table).createIfMissing();
    KVPartition other = Dynastore.builder().client(client).build().table(table).partition("jobs");
    Map<String, String> outcomes = new LinkedHashMap<>();
    int n = 0;
    for (Map.Entry<String, Consumer<ClientOverrideConfiguration.Builder>> configuration : configurations.entrySet()) {
      FaultInjector faults = new FaultInjector();
      ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder().addExecutionInterceptor(faults);
      configuration.getValue().accept(override);
      try (DynamoDbClient faulty = dynamo.configure(DynamoDbClient.builder()).overrideConfiguration(override.build())
          .build()) {
        KVPartition mine = Dynastore.builder().client(faulty).build().table(table).partition("jobs");
        String key = "j" + n++;
        // a create that landed, was deleted by another client, and was created again by the retry
        faults.inject("PutItem", LOSE_ANSWER).afterFaults(() -> other.delete(key));
        String create = outcome(() -> mine.atomicPut(key, withString("mine")));
        // a throttled first attempt (never applied), then another holder deletes the version
        KVPair v1 = mine.atomicPut(key + "d", withString("x"));
        faults.inject("DeleteItem", THROTTLE).afterFaults(() -> other.atomicDelete(key + "d", v1));
        String delete = outcome(() -> mine.atomicDelete(key + "d", v1));
        outcomes.put(configuration.getKey(), create + ", " + delete);
      }
    }
    assertThat(outcomes).allSatisfy((name, outcome) ->
        assertThat(outcome).as(name).isEqualTo("OutcomeUnknownException, KeyNotFoundException"));
  }

  private static String outcome(Runnable write) {
    try {
      write.run();
      return "success";
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }
}
