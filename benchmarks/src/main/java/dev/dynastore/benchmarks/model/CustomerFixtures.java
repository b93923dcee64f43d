package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The same Customer in every flavour, with realistic values. */
public final class CustomerFixtures {
  private CustomerFixtures() {}

  public static CustomerRecord record() {
    return new CustomerRecord(
        "id-vvvvvvvv",
        "name-vvvvvvvv",
        "email-vvvvvvvv",
        "phone-vvvvvvvv",
        Status.ACTIVE,
        Instant.parse("2026-11-25T10:00:00Z"),
        Instant.parse("2026-11-25T10:00:00Z"),
        new BigDecimal("1234.56"),
        42,
        true,
        List.of("alpha", "beta", "gamma"),
        AddressFixtures.record(),
        "notes-vvvvvvvv");
  }

  public static List<CustomerRecord> recordList() {
    List<CustomerRecord> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(record());
    }
    return list;
  }

  public static CustomerBean bean() {
    CustomerBean item = new CustomerBean();
    item.setId("id-vvvvvvvv");
    item.setName("name-vvvvvvvv");
    item.setEmail("email-vvvvvvvv");
    item.setPhone("phone-vvvvvvvv");
    item.setStatus(Status.ACTIVE);
    item.setCreated(Instant.parse("2026-11-25T10:00:00Z"));
    item.setUpdated(Instant.parse("2026-11-25T10:00:00Z"));
    item.setBalance(new BigDecimal("1234.56"));
    item.setVisits(42);
    item.setVip(true);
    item.setTags(List.of("alpha", "beta", "gamma"));
    item.setAddress(AddressFixtures.bean());
    item.setNotes("notes-vvvvvvvv");
    return item;
  }

  public static List<CustomerBean> beanList() {
    List<CustomerBean> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(bean());
    }
    return list;
  }

  public static CustomerImmutable immutable() {
    return CustomerImmutable.builder()
        .id("id-vvvvvvvv")
        .name("name-vvvvvvvv")
        .email("email-vvvvvvvv")
        .phone("phone-vvvvvvvv")
        .status(Status.ACTIVE)
        .created(Instant.parse("2026-11-25T10:00:00Z"))
        .updated(Instant.parse("2026-11-25T10:00:00Z"))
        .balance(new BigDecimal("1234.56"))
        .visits(42)
        .vip(true)
        .tags(List.of("alpha", "beta", "gamma"))
        .address(AddressFixtures.immutable())
        .notes("notes-vvvvvvvv")
        .build();
  }

  public static List<CustomerImmutable> immutableList() {
    List<CustomerImmutable> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(immutable());
    }
    return list;
  }
}
