package dev.dynastore.internal;

import dev.dynastore.InvalidKeyException;
import dev.dynastore.KeyRange;
import dev.dynastore.kv.Index;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What one listing reads: the items of one key value ({@code partition}: a table partition's name, or a global
 * index's partition value), in the order of one sort key (the table's, or {@code index}'s), within {@code range}
 * (stored values, or a text prefix), and, where {@code idFilter} is set, only the items of that table partition.
 * A table partition of {@code shards} above 1 is spread over that many partition keys (see {@link Shards}): listed
 * by key or a local index, its shards are read and merged; through a global index, {@code idFilter} keeps them all.
 * A page token is bound to all of it.
 */
record KeyQuery(AttributeValue partition, Index index, KeyRange<AttributeValue> range, String idFilter, int shards) {
  KeyQuery {
    Objects.requireNonNull(partition, "partition == null");
    range = withoutEmptyBounds(Objects.requireNonNull(range, "range == null"));
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1, was " + shards);
    }
  }

  /** The listing of a partition that is not sharded. */
  KeyQuery(AttributeValue partition, Index index, KeyRange<AttributeValue> range, String idFilter) {
    this(partition, index, range, idFilter, 1);
  }

  /** The same listing within {@code range}. */
  KeyQuery within(KeyRange<AttributeValue> range) {
    return new KeyQuery(partition, index, range, idFilter, shards);
  }

  /** Whether a page reads every shard and merges them: a sharded partition listed by key or a local index. */
  boolean merged() {
    return shards > 1 && (index == null || !index.isGlobal());
  }

  /** The listing of one shard of a merged listing. */
  KeyQuery shard(int shard) {
    return new KeyQuery(AttributeValue.fromS(Shards.partition(partition.s(), shard)), index, range, idFilter, 1);
  }

  /** The table partitions a global index listing keeps: {@code idFilter}, or each of its shards. */
  List<String> idFilterPartitions() {
    return shards == 1 ? List.of(idFilter) : Shards.partitions(idFilter, shards);
  }

  /**
   * DynamoDB refuses an empty text or binary value in a key condition, and no key is empty: an empty prefix or low
   * bound holds every key, and a range that could only hold the empty key is refused.
   *
   * @throws InvalidKeyException for {@code equalTo}, {@code lessThan} or {@code atMost} an empty value
   */
  private static KeyRange<AttributeValue> withoutEmptyBounds(KeyRange<AttributeValue> range) {
    if ((KeyRange<?>) range instanceof KeyRange.BeginsWith prefix) {
      return prefix.prefix().isEmpty() ? KeyRange.all() : range;
    }
    if (range instanceof KeyRange.GreaterThan<AttributeValue> greater && isEmpty(greater.value())) {
      return KeyRange.all();
    }
    if (range instanceof KeyRange.Between<AttributeValue> between && isEmpty(between.low())
        && !isEmpty(between.high())) {
      return KeyRange.atMost(between.high());
    }
    AttributeValue only = range instanceof KeyRange.EqualTo<AttributeValue> equal ? equal.value()
        : range instanceof KeyRange.LessThan<AttributeValue> less ? less.value()
        : range instanceof KeyRange.Between<AttributeValue> between ? between.high() : null;
    if (only != null && isEmpty(only)) {
      throw new InvalidKeyException("a range whose only key could be the empty one (" + range.getClass().getSimpleName()
          + " an empty value): DynamoDB keys are never empty; use KeyRange.all(), or a bound that is not empty");
    }
    return range;
  }

  private static boolean isEmpty(AttributeValue bound) {
    return bound.s() != null ? bound.s().isEmpty() : bound.b() != null && bound.b().asByteArrayUnsafe().length == 0;
  }

  /** The listing of a K/V partition or index whose sort keys begin with {@code prefix} ("" for all). */
  static KeyQuery withPrefix(AttributeValue partition, Index index, String prefix) {
    Objects.requireNonNull(prefix, "prefix == null: pass \"\" to list the whole partition");
    return new KeyQuery(partition, index, prefix.isEmpty() ? KeyRange.all() : prefixRange(prefix), null);
  }

  @SuppressWarnings("unchecked") // a prefix stays text: see KeyRange.BeginsWith#map
  private static KeyRange<AttributeValue> prefixRange(String prefix) {
    return (KeyRange<AttributeValue>) (KeyRange<?>) KeyRange.beginsWith(prefix);
  }

  /** The attribute that sorts this listing. */
  String sortAttribute() {
    return index == null ? ItemLayout.KEY : index.sortAttribute();
  }

  /** Its type: text for the table's key. */
  ScalarAttributeType sortType() {
    return index == null ? ScalarAttributeType.S : index.sortType();
  }

  /**
   * The key condition: the key value, and the sort key within the range.
   *
   * @throws InvalidKeyException if a bound is too long for a sort key, or of another type than the sort key
   * @throws IllegalArgumentException for a range whose low bound lies after its high bound, or a prefix on a sort
   *     key that is not text
   */
  String keyCondition(Expression expression) {
    String partitionName = index == null || !index.isGlobal() ? expression.reserved(ItemLayout.PARTITION)
        : expression.field(index.partitionAttribute());
    String condition = partitionName + " = " + expression.value(partition);
    if (range instanceof KeyRange.All) {
      return condition; // no name for the sort key: DynamoDB refuses names an expression does not use
    }
    String sort = index == null ? expression.reserved(ItemLayout.KEY) : expression.field(index.sortAttribute());
    if ((KeyRange<?>) range instanceof KeyRange.BeginsWith prefix) {
      if (sortType() != ScalarAttributeType.S) {
        throw new IllegalArgumentException("a prefix selects text sort keys, and " + describeSort()
            + " is not text: use a range");
      }
      checkBound(AttributeValue.fromS(prefix.prefix()));
      return condition + " AND begins_with(" + sort + ", " + expression.value(AttributeValue.fromS(prefix.prefix()))
          + ")";
    }
    if (range instanceof KeyRange.EqualTo<AttributeValue> equal) {
      return condition + " AND " + sort + " = " + expression.value(checkBound(equal.value()));
    }
    if (range instanceof KeyRange.Between<AttributeValue> between) {
      AttributeValue low = checkBound(between.low());
      AttributeValue high = checkBound(between.high());
      if (compare(low, high) > 0) {
        throw new IllegalArgumentException("the range's low bound " + PageTokens.text(low) + " lies after its high"
            + " bound " + PageTokens.text(high) + " in the order of " + describeSort() + " (bounds compare as stored:"
            + " numbers by value, text by its UTF-8 bytes, so enums by name and UUIDs by their text)");
      }
      return condition + " AND " + sort + " BETWEEN " + expression.value(low) + " AND " + expression.value(high);
    }
    if (range instanceof KeyRange.GreaterThan<AttributeValue> greater) {
      return condition + " AND " + sort + (greater.inclusive() ? " >= " : " > ")
          + expression.value(checkBound(greater.value()));
    }
    if (range instanceof KeyRange.LessThan<AttributeValue> less) {
      return condition + " AND " + sort + (less.inclusive() ? " <= " : " < ")
          + expression.value(checkBound(less.value()));
    }
    throw new AssertionError(range);
  }

  private AttributeValue checkBound(AttributeValue bound) {
    AttributeValue.Type expected = AttributeValue.Type.valueOf(sortType().toString());
    if (bound.type() != expected) {
      throw new InvalidKeyException("a bound of type " + bound.type() + " for " + describeSort() + ", whose values are "
          + expected);
    }
    if (bound.type() == AttributeValue.Type.N && DynamoNumbers.problem(bound.n()) != null) {
      throw new InvalidKeyException("a bound for " + describeSort() + ": " + DynamoNumbers.problem(bound.n())
          + "; to leave a side of the range open, use atLeast or atMost");
    }
    String malformed = bound.type() == AttributeValue.Type.S ? StorableValues.malformed(bound.s()) : null;
    if (malformed != null) {
      throw new InvalidKeyException("a bound for " + describeSort() + " " + malformed);
    }
    if (ItemSizes.value(bound) > ItemLayout.MAX_KEY_BYTES) {
      throw new InvalidKeyException("a bound of " + ItemSizes.value(bound) + " bytes: DynamoDB's sort keys are "
          + ItemLayout.MAX_KEY_BYTES + " bytes at most");
    }
    return bound;
  }

  private String describeSort() {
    return index == null ? "the key" : "the sort key of " + index;
  }

  /** The order DynamoDB sorts key values in: numbers by value, text and bytes by their (UTF-8) bytes. */
  static int compare(AttributeValue a, AttributeValue b) {
    switch (a.type()) {
      case N:
        return new BigDecimal(a.n()).compareTo(new BigDecimal(b.n()));
      case S:
        return Arrays.compareUnsigned(SdkBytes.fromUtf8String(a.s()).asByteArrayUnsafe(),
            SdkBytes.fromUtf8String(b.s()).asByteArrayUnsafe());
      default:
        return Arrays.compareUnsigned(a.b().asByteArrayUnsafe(), b.b().asByteArrayUnsafe());
    }
  }
}
