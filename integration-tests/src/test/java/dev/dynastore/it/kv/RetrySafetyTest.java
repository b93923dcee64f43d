package dev.dynastore.it.kv;

import static dev.dynastore.ReadOption.consistent;
import static dev.dynastore.WriteOption.withPreviousKV;
import static dev.dynastore.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.KVPair;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.Partition;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequestCounter;
import dev.dynastore.testing.TableName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A conditional write whose answer is lost is retried by the SDK; its retry then fails the condition the
 * first attempt already satisfied. That must not be reported as a conflict.
 */
@DynamoDbTest
class RetrySafetyTest {
  private final FaultInjector faults = new FaultInjector();
  private final RequestCounter counter = new RequestCounter();
  private DynamoDbClient faultyClient;
  private KvFixture fixture;
  private Partition customers;

  @BeforeEach
  void setUp(LocalDynamoDb dynamo, @TableName String table) {
    faultyClient = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder()
            .addExecutionInterceptor(faults).addExecutionInterceptor(counter).build())
        .build();
    fixture = new KvFixture(faultyClient, table);
    customers = fixture.table.partition("customers");
    counter.reset();
  }

  @AfterEach
  void closeClient() {
    faultyClient.close();
  }

  @Test
  void aCreateWhoseAnswerWasLostSucceeds() {
    faults.loseNextAnswers("UpdateItem", 1);

    KVPair created = customers.atomicPut("c1", withString("mine"));

    assertThat(faults.injected()).isEqualTo(1);
    assertThat(counter.attempts().get("UpdateItem")).as("the SDK retried").isEqualTo(2);
    assertThat(created.version()).isEqualTo(1);
    assertThat(customers.get("c1", consistent())).contains(created);
  }

  @Test
  void aCompareAndSwapWhoseAnswerWasLostSucceeds() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    faults.loseNextAnswers("UpdateItem", 2);

    KVPair v2 = customers.atomicPut("c1", withString("two"), withPreviousKV(v1));

    assertThat(faults.injected()).isEqualTo(2);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(customers.get("c1", consistent())).contains(v2);
  }

  @Test
  void aVersionedDeleteWhoseAnswerWasLostSucceeds() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    faults.loseNextAnswers("DeleteItem", 1);

    customers.atomicDelete("c1", v1);

    assertThat(faults.injected()).isEqualTo(1);
    assertThat(customers.exists("c1", consistent())).isFalse();
  }

  @Test
  void aRetriedWriteThatReallyConflictsIsStillAConflict() {
    KVPair v1 = customers.atomicPut("c1", withString("one"));
    customers.atomicPut("c1", withString("two"), withPreviousKV(v1));
    faults.loseNextAnswers("UpdateItem", 1); // the first attempt fails its condition; its answer is lost anyway

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("stale"), withPreviousKV(v1)))
        .isInstanceOf(KeyModifiedException.class);
    assertThatThrownBy(() -> customers.atomicPut("c1", withString("again"))).isInstanceOf(KeyExistsException.class);
    assertThat(customers.get("c1", consistent()).orElseThrow().stringValue()).isEqualTo("two");
  }

  @Test
  void everySingleItemOperationIsExactlyOneRequest() {
    KVPair created = customers.atomicPut("c1", withString("one"));
    KVPair updated = customers.atomicPut("c1", withString("two"), withPreviousKV(created));
    customers.put("c2", withString("x"));
    customers.get("c1");
    customers.exists("c1");
    customers.listPage("");
    customers.atomicDelete("c1", updated);
    customers.delete("c2");

    assertThat(counter.calls()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        "UpdateItem", 3, "GetItem", 2, "Query", 1, "DeleteItem", 2));
    assertThat(counter.totalAttempts()).as("no retries").isEqualTo(8);
    assertThat(fixture.requests).containsExactly("AtomicPut", "AtomicPut", "Put", "Get", "Exists", "ListPage",
        "AtomicDelete", "Delete");
  }

  @Test
  void aGenuineConflictCostsOneRequest() {
    customers.atomicPut("c1", withString("one"));
    counter.reset();

    assertThatThrownBy(() -> customers.atomicPut("c1", withString("two"))).isInstanceOf(KeyExistsException.class);

    assertThat(counter.calls()).containsExactlyEntriesOf(java.util.Map.of("UpdateItem", 1));
    assertThat(counter.totalAttempts()).isEqualTo(1);
  }
}
