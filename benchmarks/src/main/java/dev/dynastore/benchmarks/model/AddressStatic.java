package dev.dynastore.benchmarks.model;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** Address's hand-built StaticTableSchema: no reflection, lambdas per attribute. */
public final class AddressStatic {
  public static final TableSchema<AddressBean> SCHEMA = StaticTableSchema.builder(AddressBean.class)
      .newItemSupplier(AddressBean::new)
      .addAttribute(String.class, a -> a.name("street").getter(AddressBean::getStreet).setter(AddressBean::setStreet))
      .addAttribute(String.class, a -> a.name("city").getter(AddressBean::getCity).setter(AddressBean::setCity))
      .addAttribute(String.class, a -> a.name("zip").getter(AddressBean::getZip).setter(AddressBean::setZip))
      .addAttribute(String.class,
          a -> a.name("country").getter(AddressBean::getCountry).setter(AddressBean::setCountry))
      .build();

  private AddressStatic() {}
}
