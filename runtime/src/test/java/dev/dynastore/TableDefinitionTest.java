package dev.dynastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynastore.kv.Index;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** What a table definition accepts and refuses, before any request. */
class TableDefinitionTest {
  private static final Index BY_CREATED = Index.local("idx_created", "created");
  private static final Index BY_STATUS = Index.global("idx_status", "status", "created");

  @Test
  void anIndexTwoTypesShareIsDefinedOnce() {
    TableDefinition definition = TableDefinition.of(List.of(BY_STATUS, BY_CREATED), List.of(BY_CREATED));

    assertThat(definition.indexes()).containsExactly(BY_CREATED, BY_STATUS);
    assertThat(definition.and(List.of(BY_STATUS))).isEqualTo(definition);
    assertThat(definition.ttlRequired()).isTrue();
    assertThat(definition.withoutTtl().ttlRequired()).isFalse();
    assertThat(definition.withoutTtl().and(List.of()).ttlRequired()).isFalse();
  }

  @Test
  void oneIndexNameWithTwoDefinitionsIsRefused() {
    assertThatThrownBy(() -> TableDefinition.of(List.of(BY_CREATED), List.of(Index.local("idx_created", "placed"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index idx_created is declared twice")
        .hasMessageContaining("(created)").hasMessageContaining("(placed)");
    assertThatThrownBy(() -> TableDefinition.of(BY_CREATED, Index.local("idx_created", "created", ScalarAttributeType.N)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("of types S").hasMessageContaining("of types N");
  }

  @Test
  void anAttributeKeysIndexesWithOneTypeOnly() {
    assertThatThrownBy(() -> TableDefinition.of(BY_CREATED, Index.global("idx_day", "created", ScalarAttributeType.N,
        "status", ScalarAttributeType.S)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attribute created keys global index idx_day");
  }

  @Test
  void dynamoDbsIndexLimitsAreSaidBeforeAnyRequest() {
    List<Index> sixLocal = IntStream.rangeClosed(1, 6).mapToObj(i -> Index.local("idx_" + i, "a" + i))
        .collect(Collectors.toList());
    assertThat(TableDefinition.of(sixLocal.subList(0, 5)).indexes()).hasSize(5);
    assertThatThrownBy(() -> TableDefinition.of(sixLocal)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6 local indexes (idx_1, idx_2, idx_3, idx_4, idx_5, idx_6): DynamoDB allows 5");
    List<Index> manyGlobal = IntStream.rangeClosed(1, 21).mapToObj(i -> Index.global("gsi" + i, "p" + i, "s"))
        .collect(Collectors.toList());
    assertThatThrownBy(() -> TableDefinition.of(manyGlobal)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("21 global indexes");
    assertThatThrownBy(() -> TableDefinition.of(Index.local("ix", "a"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 to 255 characters");
    assertThatThrownBy(() -> TableDefinition.of(Index.local("idx created", "a")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
