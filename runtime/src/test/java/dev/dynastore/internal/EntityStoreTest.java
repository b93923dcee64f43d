package dev.dynastore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.dynastore.Dynastore;
import dev.dynastore.Table;
import dev.dynastore.kv.Index;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What an entity store checks when it is made, before any request. */
class EntityStoreTest {
  private final Dynastore session = Dynastore.builder().client(DynamoDbClient.builder()
      .region(software.amazon.awssdk.regions.Region.US_EAST_1).build()).build();

  @Test
  void twoTypesCannotShareAPartitionNameInOneTable() {
    Table table = session.table("CRM");
    new EntityStore<>(table, new CustomersSchema());
    assertThatCode(() -> new EntityStore<>(table, new CustomersSchema())).as("the same type again")
        .doesNotThrowAnyException();
    assertThatCode(() -> new EntityStore<>(session.table("Other"), new ImpostorSchema())).as("another table")
        .doesNotThrowAnyException();

    assertThatThrownBy(() -> new EntityStore<>(table, new ImpostorSchema()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CustomersSchema and dev.dynastore.internal.EntityStoreTest$ImpostorSchema both store")
        .hasMessageContaining("\"customers\" in table CRM");
  }

  /** A schema as the processor would generate it, reduced to what a store reads when it is made. */
  static class CustomersSchema extends GeneratedSchema<String> implements EntitySchema<String> {
    CustomersSchema() {
      super(String.class);
    }

    @Override
    public String partitionOf(String entity) {
      return "customers";
    }

    @Override
    public String keyOf(String entity) {
      return entity;
    }

    @Override
    public String partitionName() {
      return "customers";
    }

    @Override
    public List<Index> indexes() {
      return List.of();
    }

    @Override
    public Map<String, AttributeValue> indexAttributes(String entity) {
      return Map.of();
    }

    @Override
    public Instant expiresOf(String entity) {
      return null;
    }

    @Override
    public boolean declaresExpiry() {
      return false;
    }

    @Override
    public boolean declaresVersion() {
      return false;
    }

    @Override
    public String read(Map<String, AttributeValue> payload, long version, Instant expires) {
      return payload.get("value").s();
    }

    @Override
    public Map<String, AttributeValue> itemToMap(String item, boolean ignoreNulls) {
      return Map.of("value", AttributeValue.fromS(item));
    }

    @Override
    public String mapToItem(Map<String, AttributeValue> map) {
      return read(map, 0, null);
    }
  }

  /** Another type that also says "customers". */
  static final class ImpostorSchema extends CustomersSchema {}
}
