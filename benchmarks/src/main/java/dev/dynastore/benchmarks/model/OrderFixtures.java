package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The same Order in every flavour, with realistic values. */
public final class OrderFixtures {
  private OrderFixtures() {}

  public static OrderRecord record() {
    return new OrderRecord(
        "id-vvvvvvvv",
        "customer-vvvvvvvv",
        Instant.parse("2026-11-25T10:00:00Z"),
        LineFixtures.recordList(),
        AddressFixtures.record(),
        AddressFixtures.record());
  }

  public static List<OrderRecord> recordList() {
    List<OrderRecord> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(record());
    }
    return list;
  }

  public static OrderBean bean() {
    OrderBean item = new OrderBean();
    item.setId("id-vvvvvvvv");
    item.setCustomer("customer-vvvvvvvv");
    item.setCreated(Instant.parse("2026-11-25T10:00:00Z"));
    item.setLines(LineFixtures.beanList());
    item.setShipping(AddressFixtures.bean());
    item.setBilling(AddressFixtures.bean());
    return item;
  }

  public static List<OrderBean> beanList() {
    List<OrderBean> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(bean());
    }
    return list;
  }

  public static OrderImmutable immutable() {
    return OrderImmutable.builder()
        .id("id-vvvvvvvv")
        .customer("customer-vvvvvvvv")
        .created(Instant.parse("2026-11-25T10:00:00Z"))
        .lines(LineFixtures.immutableList())
        .shipping(AddressFixtures.immutable())
        .billing(AddressFixtures.immutable())
        .build();
  }

  public static List<OrderImmutable> immutableList() {
    List<OrderImmutable> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(immutable());
    }
    return list;
  }
}
