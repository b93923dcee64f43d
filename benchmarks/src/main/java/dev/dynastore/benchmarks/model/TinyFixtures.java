package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The same Tiny in every flavour, with realistic values. */
public final class TinyFixtures {
  private TinyFixtures() {}

  public static TinyRecord record() {
    return new TinyRecord(
        "id-vvvvvvvv",
        42);
  }

  public static List<TinyRecord> recordList() {
    List<TinyRecord> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(record());
    }
    return list;
  }

  public static TinyBean bean() {
    TinyBean item = new TinyBean();
    item.setId("id-vvvvvvvv");
    item.setCount(42);
    return item;
  }

  public static List<TinyBean> beanList() {
    List<TinyBean> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(bean());
    }
    return list;
  }

  public static TinyImmutable immutable() {
    return TinyImmutable.builder()
        .id("id-vvvvvvvv")
        .count(42)
        .build();
  }

  public static List<TinyImmutable> immutableList() {
    List<TinyImmutable> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(immutable());
    }
    return list;
  }
}
