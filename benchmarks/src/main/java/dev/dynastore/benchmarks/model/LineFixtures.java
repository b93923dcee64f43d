package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The same Line in every flavour, with realistic values. */
public final class LineFixtures {
  private LineFixtures() {}

  public static LineRecord record() {
    return new LineRecord(
        "sku-vvvvvvvv",
        "title-vvvvvvvv",
        42,
        12345678L,
        List.of("alpha", "beta", "gamma"));
  }

  public static List<LineRecord> recordList() {
    List<LineRecord> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(record());
    }
    return list;
  }

  public static LineBean bean() {
    LineBean item = new LineBean();
    item.setSku("sku-vvvvvvvv");
    item.setTitle("title-vvvvvvvv");
    item.setQuantity(42);
    item.setPriceCents(12345678L);
    item.setTags(List.of("alpha", "beta", "gamma"));
    return item;
  }

  public static List<LineBean> beanList() {
    List<LineBean> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(bean());
    }
    return list;
  }

  public static LineImmutable immutable() {
    return LineImmutable.builder()
        .sku("sku-vvvvvvvv")
        .title("title-vvvvvvvv")
        .quantity(42)
        .priceCents(12345678L)
        .tags(List.of("alpha", "beta", "gamma"))
        .build();
  }

  public static List<LineImmutable> immutableList() {
    List<LineImmutable> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(immutable());
    }
    return list;
  }
}
