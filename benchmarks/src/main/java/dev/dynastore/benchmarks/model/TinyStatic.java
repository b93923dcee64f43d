package dev.dynastore.benchmarks.model;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** Tiny's hand-built StaticTableSchema: no reflection, lambdas per attribute. */
public final class TinyStatic {
  public static final TableSchema<TinyBean> SCHEMA = StaticTableSchema.builder(TinyBean.class)
      .newItemSupplier(TinyBean::new)
      .addAttribute(String.class, a -> a.name("id").getter(TinyBean::getId).setter(TinyBean::setId)
          .tags(primaryPartitionKey()))
      .addAttribute(Integer.class, a -> a.name("count").getter(TinyBean::getCount).setter(TinyBean::setCount))
      .build();

  private TinyStatic() {}
}
