package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The same Address in every flavour, with realistic values. */
public final class AddressFixtures {
  private AddressFixtures() {}

  public static AddressRecord record() {
    return new AddressRecord(
        "street-vvvvvvvv",
        "city-vvvvvvvv",
        "zip-vvvvvvvv",
        "country-vvvvvvvv");
  }

  public static List<AddressRecord> recordList() {
    List<AddressRecord> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(record());
    }
    return list;
  }

  public static AddressBean bean() {
    AddressBean item = new AddressBean();
    item.setStreet("street-vvvvvvvv");
    item.setCity("city-vvvvvvvv");
    item.setZip("zip-vvvvvvvv");
    item.setCountry("country-vvvvvvvv");
    return item;
  }

  public static List<AddressBean> beanList() {
    List<AddressBean> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(bean());
    }
    return list;
  }

  public static AddressImmutable immutable() {
    return AddressImmutable.builder()
        .street("street-vvvvvvvv")
        .city("city-vvvvvvvv")
        .zip("zip-vvvvvvvv")
        .country("country-vvvvvvvv")
        .build();
  }

  public static List<AddressImmutable> immutableList() {
    List<AddressImmutable> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(immutable());
    }
    return list;
  }
}
