package dev.dynastore.benchmarks.model;

import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** Line's hand-built StaticTableSchema: no reflection, lambdas per attribute. */
public final class LineStatic {
  public static final TableSchema<LineBean> SCHEMA = StaticTableSchema.builder(LineBean.class)
      .newItemSupplier(LineBean::new)
      .addAttribute(String.class, a -> a.name("sku").getter(LineBean::getSku).setter(LineBean::setSku))
      .addAttribute(String.class, a -> a.name("title").getter(LineBean::getTitle).setter(LineBean::setTitle))
      .addAttribute(Integer.class, a -> a.name("quantity").getter(LineBean::getQuantity).setter(LineBean::setQuantity))
      .addAttribute(Long.class,
          a -> a.name("priceCents").getter(LineBean::getPriceCents).setter(LineBean::setPriceCents))
      .addAttribute(EnhancedType.listOf(String.class),
          a -> a.name("tags").getter(LineBean::getTags).setter(LineBean::setTags))
      .build();

  private LineStatic() {}
}
