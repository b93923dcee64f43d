package dev.dynastore.benchmarks.mapping;

import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One way of mapping one item: writes the item to an attribute map, reads its own map back. Each
 * benchmark fork uses one codec, so the call sites stay monomorphic.
 */
public final class Codec {
  private final Function<Object, Map<String, AttributeValue>> writer;
  private final Function<Map<String, AttributeValue>, Object> reader;
  private final Object item;
  private final Map<String, AttributeValue> map;

  @SuppressWarnings("unchecked")
  private Codec(Function<?, Map<String, AttributeValue>> writer, Function<Map<String, AttributeValue>, ?> reader,
      Object item) {
    this.writer = (Function<Object, Map<String, AttributeValue>>) writer;
    this.reader = (Function<Map<String, AttributeValue>, Object>) reader;
    this.item = item;
    this.map = this.writer.apply(item);
  }

  /** A codec over an Enhanced Client table schema (generated, bean, immutable or static). */
  public static <T> Codec of(TableSchema<T> schema, T item) {
    return new Codec((T t) -> schema.itemToMap(t, true), schema::mapToItem, item);
  }

  /** A codec over hand-written functions. */
  public static <T> Codec of(Function<T, Map<String, AttributeValue>> writer,
      Function<Map<String, AttributeValue>, T> reader, T item) {
    return new Codec(writer, reader, item);
  }

  public Map<String, AttributeValue> write() {
    return writer.apply(item);
  }

  public Object read() {
    return reader.apply(map);
  }

  /** The map this codec reads. */
  public Map<String, AttributeValue> map() {
    return map;
  }
}
