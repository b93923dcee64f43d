package dev.dynastore.benchmarks.mapping;

import dev.dynastore.benchmarks.model.CustomerBean;
import dev.dynastore.benchmarks.model.CustomerHand;
import dev.dynastore.benchmarks.model.CustomerImmutable;
import dev.dynastore.benchmarks.model.CustomerRecordSchema;
import dev.dynastore.benchmarks.model.CustomerStatic;
import dev.dynastore.benchmarks.model.Fixtures;
import dev.dynastore.benchmarks.model.FlatBean;
import dev.dynastore.benchmarks.model.FlatHand;
import dev.dynastore.benchmarks.model.FlatImmutable;
import dev.dynastore.benchmarks.model.FlatRecordSchema;
import dev.dynastore.benchmarks.model.FlatStatic;
import dev.dynastore.benchmarks.model.OrderBean;
import dev.dynastore.benchmarks.model.OrderHand;
import dev.dynastore.benchmarks.model.OrderImmutable;
import dev.dynastore.benchmarks.model.OrderRecordSchema;
import dev.dynastore.benchmarks.model.OrderStatic;
import dev.dynastore.benchmarks.model.TinyBean;
import dev.dynastore.benchmarks.model.TinyHand;
import dev.dynastore.benchmarks.model.TinyImmutable;
import dev.dynastore.benchmarks.model.TinyRecordSchema;
import dev.dynastore.benchmarks.model.TinyStatic;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/** The codec for a shape ({@code tiny}, {@code customer}, {@code flat}, {@code nested}) and a mapper. */
public final class Codecs {
  /** The shapes measured. */
  public static final String[] SHAPES = {"tiny", "customer", "flat", "nested"};
  /** The mappers measured; {@code handwritten} is the baseline. */
  public static final String[] MAPPERS = {"handwritten", "generated", "static", "bean", "immutable"};

  private Codecs() {}

  public static Codec of(String shape, String mapper) {
    switch (shape + "/" + mapper) {
      case "tiny/handwritten":
        return Codec.of(TinyHand::toMap, TinyHand::fromMap, Fixtures.tinyRecord());
      case "tiny/generated":
        return Codec.of(TinyRecordSchema.INSTANCE, Fixtures.tinyRecord());
      case "tiny/static":
        return Codec.of(TinyStatic.SCHEMA, Fixtures.tinyBean());
      case "tiny/bean":
        return Codec.of(TableSchema.fromBean(TinyBean.class), Fixtures.tinyBean());
      case "tiny/immutable":
        return Codec.of(TableSchema.fromImmutableClass(TinyImmutable.class), Fixtures.tinyImmutable());
      case "customer/handwritten":
        return Codec.of(CustomerHand::toMap, CustomerHand::fromMap, Fixtures.customerRecord());
      case "customer/generated":
        return Codec.of(CustomerRecordSchema.INSTANCE, Fixtures.customerRecord());
      case "customer/static":
        return Codec.of(CustomerStatic.SCHEMA, Fixtures.customerBean());
      case "customer/bean":
        return Codec.of(TableSchema.fromBean(CustomerBean.class), Fixtures.customerBean());
      case "customer/immutable":
        return Codec.of(TableSchema.fromImmutableClass(CustomerImmutable.class), Fixtures.customerImmutable());
      case "flat/handwritten":
        return Codec.of(FlatHand::toMap, FlatHand::fromMap, Fixtures.flatRecord());
      case "flat/generated":
        return Codec.of(FlatRecordSchema.INSTANCE, Fixtures.flatRecord());
      case "flat/static":
        return Codec.of(FlatStatic.SCHEMA, Fixtures.flatBean());
      case "flat/bean":
        return Codec.of(TableSchema.fromBean(FlatBean.class), Fixtures.flatBean());
      case "flat/immutable":
        return Codec.of(TableSchema.fromImmutableClass(FlatImmutable.class), Fixtures.flatImmutable());
      case "nested/handwritten":
        return Codec.of(OrderHand::toMap, OrderHand::fromMap, Fixtures.orderRecord());
      case "nested/generated":
        return Codec.of(OrderRecordSchema.INSTANCE, Fixtures.orderRecord());
      case "nested/static":
        return Codec.of(OrderStatic.SCHEMA, Fixtures.orderBean());
      case "nested/bean":
        return Codec.of(TableSchema.fromBean(OrderBean.class), Fixtures.orderBean());
      case "nested/immutable":
        return Codec.of(TableSchema.fromImmutableClass(OrderImmutable.class), Fixtures.orderImmutable());
      default:
        throw new IllegalArgumentException("no codec for " + shape + "/" + mapper);
    }
  }
}
