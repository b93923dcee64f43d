package dev.dynastore.benchmarks.model;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import java.math.BigDecimal;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** Customer's hand-built StaticTableSchema: no reflection, lambdas per attribute. */
public final class CustomerStatic {
  public static final TableSchema<CustomerBean> SCHEMA = StaticTableSchema.builder(CustomerBean.class)
      .newItemSupplier(CustomerBean::new)
      .addAttribute(String.class, a -> a.name("id").getter(CustomerBean::getId).setter(CustomerBean::setId)
          .tags(primaryPartitionKey()))
      .addAttribute(String.class, a -> a.name("name").getter(CustomerBean::getName).setter(CustomerBean::setName))
      .addAttribute(String.class, a -> a.name("email").getter(CustomerBean::getEmail).setter(CustomerBean::setEmail))
      .addAttribute(String.class, a -> a.name("phone").getter(CustomerBean::getPhone).setter(CustomerBean::setPhone))
      .addAttribute(Status.class, a -> a.name("status").getter(CustomerBean::getStatus).setter(CustomerBean::setStatus))
      .addAttribute(Instant.class,
          a -> a.name("created").getter(CustomerBean::getCreated).setter(CustomerBean::setCreated))
      .addAttribute(Instant.class,
          a -> a.name("updated").getter(CustomerBean::getUpdated).setter(CustomerBean::setUpdated))
      .addAttribute(BigDecimal.class,
          a -> a.name("balance").getter(CustomerBean::getBalance).setter(CustomerBean::setBalance))
      .addAttribute(Integer.class,
          a -> a.name("visits").getter(CustomerBean::getVisits).setter(CustomerBean::setVisits))
      .addAttribute(Boolean.class, a -> a.name("vip").getter(CustomerBean::isVip).setter(CustomerBean::setVip))
      .addAttribute(EnhancedType.listOf(String.class),
          a -> a.name("tags").getter(CustomerBean::getTags).setter(CustomerBean::setTags))
      .addAttribute(EnhancedType.documentOf(AddressBean.class, AddressStatic.SCHEMA),
          a -> a.name("address").getter(CustomerBean::getAddress).setter(CustomerBean::setAddress))
      .addAttribute(String.class, a -> a.name("notes").getter(CustomerBean::getNotes).setter(CustomerBean::setNotes))
      .build();

  private CustomerStatic() {}
}
