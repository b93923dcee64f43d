package dev.dynastore.kv;

import dev.dynastore.ReservedFieldException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A secondary index of a Dynastore table: a local one (same partition, another sort attribute) or a global
 * one (its own partition and sort attributes). Used to create tables
 * ({@link dev.dynastore.Table#createIfMissing}) and to list through an index ({@link ReadOption#withIndex}).
 *
 * <p>Index attributes are fields: top-level attributes written with {@link WriteOption#withFields}. Their type
 * is a string unless given; a listing prefix ({@code begins_with}) only works on string sort attributes.
 */
public final class Index {
  /** The longest name of an attribute that keys a table or an index, in UTF-8 bytes (DynamoDB's limit). */
  public static final int MAX_KEY_ATTRIBUTE_NAME_BYTES = 255;

  private final String name;
  private final boolean global;
  private final String partitionAttribute;
  private final ScalarAttributeType partitionType;
  private final String sortAttribute;
  private final ScalarAttributeType sortType;

  private Index(String name, boolean global, String partitionAttribute, ScalarAttributeType partitionType,
      String sortAttribute, ScalarAttributeType sortType) {
    this.name = requireText(name, "index name");
    this.global = global;
    this.partitionAttribute = requireText(partitionAttribute, "partition attribute");
    this.partitionType = Objects.requireNonNull(partitionType, "partitionType == null");
    this.sortAttribute = requireText(sortAttribute, "sort attribute");
    this.sortType = Objects.requireNonNull(sortType, "sortType == null");
    for (String attribute : new String[] {partitionAttribute, sortAttribute}) {
      if (attribute.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_ATTRIBUTE_NAME_BYTES) {
        throw new IllegalArgumentException("index " + name + " is keyed on an attribute name longer than "
            + MAX_KEY_ATTRIBUTE_NAME_BYTES + " bytes, DynamoDB's limit for key attributes");
      }
    }
    if (!global && KVPair.RESERVED_ATTRIBUTES.contains(sortAttribute)
        || global && KVPair.RESERVED_ATTRIBUTES.contains(partitionAttribute)) {
      throw new ReservedFieldException("index " + name + " cannot be keyed on the reserved attribute "
          + (global ? partitionAttribute : sortAttribute) + "; use a field of your own");
    }
  }

  /** A local secondary index sorted by a string field. */
  public static Index local(String name, String sortAttribute) {
    return local(name, sortAttribute, ScalarAttributeType.S);
  }

  /** A local secondary index sorted by a field of the given type. */
  public static Index local(String name, String sortAttribute, ScalarAttributeType sortType) {
    return new Index(name, false, "id", ScalarAttributeType.S, sortAttribute, sortType);
  }

  /** A global secondary index over two string fields. */
  public static Index global(String name, String partitionAttribute, String sortAttribute) {
    return global(name, partitionAttribute, ScalarAttributeType.S, sortAttribute, ScalarAttributeType.S);
  }

  /** A global secondary index over two fields of the given types. */
  public static Index global(String name, String partitionAttribute, ScalarAttributeType partitionType,
      String sortAttribute, ScalarAttributeType sortType) {
    return new Index(name, true, partitionAttribute, partitionType, sortAttribute, sortType);
  }

  /** The index name, as the table defines it. */
  public String name() {
    return name;
  }

  /** Whether this is a global secondary index. */
  public boolean isGlobal() {
    return global;
  }

  /** The attribute that partitions the index: {@code id} for a local index. */
  public String partitionAttribute() {
    return partitionAttribute;
  }

  /** The partition attribute's type. */
  public ScalarAttributeType partitionType() {
    return partitionType;
  }

  /** The attribute that sorts the index. */
  public String sortAttribute() {
    return sortAttribute;
  }

  /** The sort attribute's type. */
  public ScalarAttributeType sortType() {
    return sortType;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Index && ((Index) o).name.equals(name) && ((Index) o).global == global
        && ((Index) o).partitionAttribute.equals(partitionAttribute) && ((Index) o).sortAttribute.equals(sortAttribute)
        && ((Index) o).partitionType == partitionType && ((Index) o).sortType == sortType;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, global, partitionAttribute, sortAttribute);
  }

  @Override
  public String toString() {
    return (global ? "global index " : "local index ") + name + " (" + (global ? partitionAttribute + ", " : "")
        + sortAttribute + ")";
  }

  private static String requireText(String value, String what) {
    Objects.requireNonNull(value, what + " == null");
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    return value;
  }
}
