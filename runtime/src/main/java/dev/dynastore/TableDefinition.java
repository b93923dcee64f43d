package dev.dynastore;

import dev.dynastore.kv.Index;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What a table needs to serve a set of entity types: Dynastore's key schema, every index of every type, and TTL
 * on {@code expires}. Build it from the generated schemas' index lists, then create the table with it (tests,
 * samples, first runs) or verify at start-up that the deployed table has all of it:
 *
 * <pre>{@code
 * TableDefinition crm = TableDefinition.of(CustomerSchema.INDEXES, OrderSchema.INDEXES);
 * table.createIfMissing(crm);   // or, against a table made by infrastructure code:
 * table.verify(crm);            // TableMismatchException listing everything missing
 * }</pre>
 *
 * <p>Checked when built, before any request: an index two types declare differently, an attribute that keys
 * indexes with two types, and DynamoDB's limits of {@value #MAX_LOCAL_INDEXES} local and
 * {@value #MAX_GLOBAL_INDEXES} global indexes per table (local ones exist only if the table is created with
 * them). Immutable.
 */
public final class TableDefinition {
  /** DynamoDB's limit of local secondary indexes per table. */
  public static final int MAX_LOCAL_INDEXES = 5;
  /** DynamoDB's default quota of global secondary indexes per table. */
  public static final int MAX_GLOBAL_INDEXES = 20;

  private final List<Index> indexes;
  private final boolean ttlRequired;

  private TableDefinition(List<Index> indexes, boolean ttlRequired) {
    this.indexes = List.copyOf(indexes);
    this.ttlRequired = ttlRequired;
  }

  /**
   * The definition serving entity types with these indexes: pass each generated schema's {@code INDEXES}.
   *
   * @throws IllegalArgumentException if two types declare one index differently, an attribute keys indexes with
   *     two types, or there are more indexes than DynamoDB allows
   */
  @SafeVarargs
  public static TableDefinition of(Collection<? extends Index>... indexesOfEachType) {
    List<Index> all = new ArrayList<>();
    for (Collection<? extends Index> indexes : indexesOfEachType) {
      all.addAll(indexes);
    }
    return merge(all);
  }

  /** The definition with these indexes; see {@link #of(Collection[])}. */
  public static TableDefinition of(Index... indexes) {
    return merge(Arrays.asList(indexes));
  }

  /** The definition of a table without secondary indexes: the key schema and TTL only. */
  public static TableDefinition withoutIndexes() {
    return new TableDefinition(List.of(), true);
  }

  /** This definition serving also the entity type with {@code indexes}. */
  public TableDefinition and(Collection<? extends Index> moreIndexes) {
    List<Index> all = new ArrayList<>(indexes);
    all.addAll(moreIndexes);
    return new TableDefinition(merge(all).indexes, ttlRequired);
  }

  /**
   * This definition without DynamoDB's TTL deletion: {@link Table#verify} does not require it, and
   * {@link Table#createIfMissing(TableDefinition)} does not turn it on. For a backend that cannot delete expired
   * items (dynalite), or a table whose expired items you delete yourself; Dynastore treats expired items as absent
   * either way, but without deletion they stay, and cost storage.
   */
  public TableDefinition withoutTtl() {
    return new TableDefinition(indexes, false);
  }

  /** Whether the table must delete expired items by DynamoDB's TTL on {@code expires}. */
  public boolean ttlRequired() {
    return ttlRequired;
  }

  /** Every index, each once, local ones first, in the order given. */
  public List<Index> indexes() {
    return indexes;
  }

  private static TableDefinition merge(List<? extends Index> given) {
    Map<String, Index> byName = new LinkedHashMap<>();
    Map<String, ScalarAttributeType> attributeTypes = new LinkedHashMap<>();
    attributeTypes.put("id", ScalarAttributeType.S);
    attributeTypes.put("name", ScalarAttributeType.S);
    for (Index index : given) {
      Objects.requireNonNull(index, "an index is null");
      if (!index.name().matches("[a-zA-Z0-9_.-]{3,255}")) {
        throw new IllegalArgumentException("index name \"" + index.name() + "\": DynamoDB names an index with 3 to"
            + " 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'");
      }
      Index before = byName.putIfAbsent(index.name(), index);
      if (before != null && !before.equals(index)) {
        throw new IllegalArgumentException("index " + index.name() + " is declared twice, differently: as "
            + describe(before) + " and as " + describe(index) + "; give one of them another name");
      }
      if (index.isGlobal()) {
        keyType(attributeTypes, index.partitionAttribute(), index.partitionType(), index);
      }
      keyType(attributeTypes, index.sortAttribute(), index.sortType(), index);
    }
    List<Index> locals = byName.values().stream().filter(i -> !i.isGlobal()).collect(Collectors.toList());
    List<Index> globals = byName.values().stream().filter(Index::isGlobal).collect(Collectors.toList());
    if (locals.size() > MAX_LOCAL_INDEXES) {
      throw new IllegalArgumentException(locals.size() + " local indexes (" + names(locals) + "): DynamoDB allows "
          + MAX_LOCAL_INDEXES + " per table; make some of them global (@Indexed(partitionBy = ...)), or give some"
          + " types a table of their own");
    }
    if (globals.size() > MAX_GLOBAL_INDEXES) {
      throw new IllegalArgumentException(globals.size() + " global indexes (" + names(globals) + "): DynamoDB"
          + " allows " + MAX_GLOBAL_INDEXES + " per table unless the account's quota was raised; give some types"
          + " a table of their own");
    }
    List<Index> ordered = new ArrayList<>(locals);
    ordered.addAll(globals);
    return new TableDefinition(ordered, true);
  }

  private static void keyType(Map<String, ScalarAttributeType> types, String attribute, ScalarAttributeType type,
      Index index) {
    ScalarAttributeType before = types.putIfAbsent(attribute, type);
    if (before != null && before != type) {
      throw new IllegalArgumentException("attribute " + attribute + " keys " + index + " as " + type
          + ", but is " + before + " elsewhere in the table: an attribute has one type in every key it is part of;"
          + " store one of them under another name (@Attribute)");
    }
  }

  private static String describe(Index index) {
    return index + " of types " + (index.isGlobal() ? index.partitionType() + ", " : "") + index.sortType();
  }

  private static String names(List<Index> indexes) {
    return indexes.stream().map(Index::name).collect(Collectors.joining(", "));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TableDefinition && ((TableDefinition) o).indexes.equals(indexes)
        && ((TableDefinition) o).ttlRequired == ttlRequired;
  }

  @Override
  public int hashCode() {
    return indexes.hashCode() * 31 + Boolean.hashCode(ttlRequired);
  }

  @Override
  public String toString() {
    return "TableDefinition(" + names(indexes) + (ttlRequired ? ", TTL on expires" : "") + ")";
  }
}
