package dev.dynastore.benchmarks.model;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** Order's hand-built StaticTableSchema: no reflection, lambdas per attribute. */
public final class OrderStatic {
  public static final TableSchema<OrderBean> SCHEMA = StaticTableSchema.builder(OrderBean.class)
      .newItemSupplier(OrderBean::new)
      .addAttribute(String.class, a -> a.name("id").getter(OrderBean::getId).setter(OrderBean::setId)
          .tags(primaryPartitionKey()))
      .addAttribute(String.class, a -> a.name("customer").getter(OrderBean::getCustomer).setter(OrderBean::setCustomer))
      .addAttribute(Instant.class, a -> a.name("created").getter(OrderBean::getCreated).setter(OrderBean::setCreated))
      .addAttribute(EnhancedType.listOf(EnhancedType.documentOf(LineBean.class, LineStatic.SCHEMA)),
          a -> a.name("lines").getter(OrderBean::getLines).setter(OrderBean::setLines))
      .addAttribute(EnhancedType.documentOf(AddressBean.class, AddressStatic.SCHEMA),
          a -> a.name("shipping").getter(OrderBean::getShipping).setter(OrderBean::setShipping))
      .addAttribute(EnhancedType.documentOf(AddressBean.class, AddressStatic.SCHEMA),
          a -> a.name("billing").getter(OrderBean::getBilling).setter(OrderBean::setBilling))
      .build();

  private OrderStatic() {}
}
