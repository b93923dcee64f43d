package dev.dynastore.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableMetadata;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The base of every generated schema: the parts of {@link TableSchema} that Dynastore itself never calls,
 * written once here so that generated classes stay small (less to load at start-up) and readable. What the
 * Enhanced Client alone asks for ({@link #itemType()}, {@link #tableMetadata()}) is created on first request.
 * Extended by generated code only.
 *
 * @param <T> the mapped type
 */
public abstract class GeneratedSchema<T> implements TableSchema<T> {
  private final Class<T> type;
  private final String[] attributeNames;
  private volatile EnhancedType<T> itemType;

  /** A schema for {@code type}, whose map holds {@code attributeNames}. */
  protected GeneratedSchema(Class<T> type, String... attributeNames) {
    this.type = type;
    this.attributeNames = attributeNames;
  }

  @Override
  public final Map<String, AttributeValue> itemToMap(T item, Collection<String> attributes) {
    return Attributes.select(itemToMap(item, false), attributes);
  }

  @Override
  public final AttributeValue attributeValue(T item, String attributeName) {
    return itemToMap(item, false).get(attributeName);
  }

  @Override
  public final TableMetadata tableMetadata() {
    return NoKeys.METADATA;
  }

  @Override
  public final EnhancedType<T> itemType() {
    EnhancedType<T> known = itemType;
    if (known == null) {
      known = EnhancedType.of(type);
      itemType = known;
    }
    return known;
  }

  @Override
  public final List<String> attributeNames() {
    return List.of(attributeNames);
  }

  @Override
  public final boolean isAbstract() {
    return false;
  }

  /** A value map has no keys of its own: the item's keys are Dynastore's. */
  private static final class NoKeys {
    static final TableMetadata METADATA = StaticTableMetadata.builder().build();
  }
}
