package dev.dynastore.benchmarks.mapping;

import dev.dynastore.benchmarks.model.CustomerBean;
import dev.dynastore.benchmarks.model.CustomerFixtures;
import dev.dynastore.benchmarks.model.CustomerHand;
import dev.dynastore.benchmarks.model.CustomerImmutable;
import dev.dynastore.benchmarks.model.CustomerRecordSchema;
import dev.dynastore.benchmarks.model.CustomerStatic;
import dev.dynastore.benchmarks.model.FlatBean;
import dev.dynastore.benchmarks.model.FlatFixtures;
import dev.dynastore.benchmarks.model.FlatHand;
import dev.dynastore.benchmarks.model.FlatImmutable;
import dev.dynastore.benchmarks.model.FlatRecordSchema;
import dev.dynastore.benchmarks.model.FlatStatic;
import dev.dynastore.benchmarks.model.OrderBean;
import dev.dynastore.benchmarks.model.OrderFixtures;
import dev.dynastore.benchmarks.model.OrderHand;
import dev.dynastore.benchmarks.model.OrderImmutable;
import dev.dynastore.benchmarks.model.OrderRecordSchema;
import dev.dynastore.benchmarks.model.OrderStatic;
import dev.dynastore.benchmarks.model.TinyBean;
import dev.dynastore.benchmarks.model.TinyFixtures;
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
        return Codec.of(TinyHand::toMap, TinyHand::fromMap, TinyFixtures.record());
      case "tiny/generated":
        return Codec.of(TinyRecordSchema.INSTANCE, TinyFixtures.record());
      case "tiny/static":
        return Codec.of(TinyStatic.SCHEMA, TinyFixtures.bean());
      case "tiny/bean":
        return Codec.of(TableSchema.fromBean(TinyBean.class), TinyFixtures.bean());
      case "tiny/immutable":
        return Codec.of(TableSchema.fromImmutableClass(TinyImmutable.class), TinyFixtures.immutable());
      case "customer/handwritten":
        return Codec.of(CustomerHand::toMap, CustomerHand::fromMap, CustomerFixtures.record());
      case "customer/generated":
        return Codec.of(CustomerRecordSchema.INSTANCE, CustomerFixtures.record());
      case "customer/static":
        return Codec.of(CustomerStatic.SCHEMA, CustomerFixtures.bean());
      case "customer/bean":
        return Codec.of(TableSchema.fromBean(CustomerBean.class), CustomerFixtures.bean());
      case "customer/immutable":
        return Codec.of(TableSchema.fromImmutableClass(CustomerImmutable.class), CustomerFixtures.immutable());
      case "flat/handwritten":
        return Codec.of(FlatHand::toMap, FlatHand::fromMap, FlatFixtures.record());
      case "flat/generated":
        return Codec.of(FlatRecordSchema.INSTANCE, FlatFixtures.record());
      case "flat/static":
        return Codec.of(FlatStatic.SCHEMA, FlatFixtures.bean());
      case "flat/bean":
        return Codec.of(TableSchema.fromBean(FlatBean.class), FlatFixtures.bean());
      case "flat/immutable":
        return Codec.of(TableSchema.fromImmutableClass(FlatImmutable.class), FlatFixtures.immutable());
      case "nested/handwritten":
        return Codec.of(OrderHand::toMap, OrderHand::fromMap, OrderFixtures.record());
      case "nested/generated":
        return Codec.of(OrderRecordSchema.INSTANCE, OrderFixtures.record());
      case "nested/static":
        return Codec.of(OrderStatic.SCHEMA, OrderFixtures.bean());
      case "nested/bean":
        return Codec.of(TableSchema.fromBean(OrderBean.class), OrderFixtures.bean());
      case "nested/immutable":
        return Codec.of(TableSchema.fromImmutableClass(OrderImmutable.class), OrderFixtures.immutable());
      default:
        throw new IllegalArgumentException("no codec for " + shape + "/" + mapper);
    }
  }
}
