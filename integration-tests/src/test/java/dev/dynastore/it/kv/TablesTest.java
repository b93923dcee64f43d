package dev.dynastore.it.kv;

import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.Dynastore;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.Table;
import dev.dynastore.TableNotFoundException;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.RequiresFeature;
import dev.dynastore.testing.TableName;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Creating tables for tests and first runs, and what every operation says when the table is missing. */
@DynamoDbTest
class TablesTest {

  @Test
  void everyOperationOnAMissingTableIsTableNotFound(Dynastore store) {
    KVPartition missing = store.table("no-such-table").partition("p");
    KVPair pair = pairOf(store);
    List<ThrowingCallable> operations = List.of(
        () -> missing.get("k"), () -> missing.exists("k"), () -> missing.listPage(""),
        () -> missing.put("k", withString("v")), () -> missing.atomicPut("k", withString("v")),
        () -> missing.atomicPut("k", withString("v"), withPreviousKV(pair)), () -> missing.delete("k"),
        () -> missing.atomicDelete("k", pair));
    for (ThrowingCallable operation : operations) {
      assertThatThrownBy(operation).isInstanceOf(TableNotFoundException.class)
          .hasMessageContaining("table no-such-table does not exist");
    }
  }

  @Test
  void createIfMissingWaitsUntilATableBeingCreatedIsActive(@TableName String name) throws Exception {
    try (LocalDynamoDb slow = LocalDynamoDb.startDynalite(Duration.ofMillis(1500));
         DynamoDbClient client = slow.newClient()) {
      Table table = Dynastore.builder().client(client).build().table(name);
      CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(table::createIfMissing);
      while (client.listTables().tableNames().isEmpty()) {
        Thread.sleep(10);
      }
      assertThat(client.describeTable(b -> b.tableName(name)).table().tableStatus()).isEqualTo(TableStatus.CREATING);

      assertThat(table.createIfMissing()).as("another caller created it").isFalse();

      assertThat(client.describeTable(b -> b.tableName(name)).table().tableStatus()).isEqualTo(TableStatus.ACTIVE);
      assertThat(table.partition("p").atomicPut("k", withString("v")).version()).isEqualTo(1);
      assertThat(first.get()).isTrue();
    }
  }

  @Test
  @RequiresFeature(Feature.TTL_CONFIGURATION)
  @SuppressWarnings("unchecked") // the SDK's varargs of consumers, built inline
  void createIfMissingTurnsOnDynamoDbsTtlForExpires(DynamoDbClient client, Dynastore store, @TableName String name) {
    assertThat(store.table(name).createIfMissing()).isTrue();

    var ttl = client.describeTimeToLive(b -> b.tableName(name)).timeToLiveDescription();
    assertThat(ttl.attributeName()).isEqualTo("expires");
    assertThat(ttl.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
  }

  @Test
  @RequiresFeature(Feature.TTL_CONFIGURATION)
  @SuppressWarnings("unchecked") // the SDK's varargs of consumers, built inline
  void createIfMissingTurnsOnTtlForATableThatExistsWithoutIt(DynamoDbClient client, Dynastore store,
      @TableName String name) {
    client.createTable(b -> b.tableName(name).billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(a -> a.attributeName("id").attributeType("S"), a -> a.attributeName("name").attributeType("S"))
        .keySchema(k -> k.attributeName("id").keyType("HASH"), k -> k.attributeName("name").keyType("RANGE")));

    assertThat(store.table(name).createIfMissing()).isFalse();

    var ttl = client.describeTimeToLive(b -> b.tableName(name)).timeToLiveDescription();
    assertThat(ttl.attributeName()).isEqualTo("expires");
    assertThat(ttl.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
  }

  private static KVPair pairOf(Dynastore store) {
    return new KvFixture(store.client(), "pairs-" + System.nanoTime()).table.partition("p")
        .atomicPut("k", withString("v"));
  }
}
