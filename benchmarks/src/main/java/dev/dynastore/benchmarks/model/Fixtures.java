package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Each item shape in every flavour (record, bean, immutable), with the same realistic values: the mappers of a shape
 * all write the same attribute map (BenchmarksSmokeTest checks it). Nested shapes ({@code Address}, {@code Line})
 * are parts of the top-level ones.
 */
public final class Fixtures {
  private Fixtures() {}

  public static TinyRecord tinyRecord() {
    return new TinyRecord("id-vvvvvvvv", 42);
  }

  public static TinyBean tinyBean() {
    TinyBean item = new TinyBean();
    item.setId("id-vvvvvvvv");
    item.setCount(42);
    return item;
  }

  public static TinyImmutable tinyImmutable() {
    return TinyImmutable.builder()
        .id("id-vvvvvvvv")
        .count(42)
        .build();
  }

  public static CustomerRecord customerRecord() {
    return new CustomerRecord(
        "id-vvvvvvvv", "name-vvvvvvvv", "email-vvvvvvvv", "phone-vvvvvvvv", Status.ACTIVE,
        Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:00Z"), new BigDecimal("1234.56"), 42,
        true, List.of("alpha", "beta", "gamma"), addressRecord(), "notes-vvvvvvvv");
  }

  public static CustomerBean customerBean() {
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
    item.setAddress(addressBean());
    item.setNotes("notes-vvvvvvvv");
    return item;
  }

  public static CustomerImmutable customerImmutable() {
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
        .address(addressImmutable())
        .notes("notes-vvvvvvvv")
        .build();
  }

  private static AddressRecord addressRecord() {
    return new AddressRecord("street-vvvvvvvv", "city-vvvvvvvv", "zip-vvvvvvvv", "country-vvvvvvvv");
  }

  private static AddressBean addressBean() {
    AddressBean item = new AddressBean();
    item.setStreet("street-vvvvvvvv");
    item.setCity("city-vvvvvvvv");
    item.setZip("zip-vvvvvvvv");
    item.setCountry("country-vvvvvvvv");
    return item;
  }

  private static AddressImmutable addressImmutable() {
    return AddressImmutable.builder()
        .street("street-vvvvvvvv")
        .city("city-vvvvvvvv")
        .zip("zip-vvvvvvvv")
        .country("country-vvvvvvvv")
        .build();
  }

  public static FlatRecord flatRecord() {
    return new FlatRecord(
        "id-vvvvvvvv", "s01-vvvvvvvv", "s02-vvvvvvvv", "s03-vvvvvvvv", "s04-vvvvvvvv", "s05-vvvvvvvv",
        "s06-vvvvvvvv", "s07-vvvvvvvv", "s08-vvvvvvvv", "s09-vvvvvvvv", "s10-vvvvvvvv", "s11-vvvvvvvv",
        "s12-vvvvvvvv", "s13-vvvvvvvv", "s14-vvvvvvvv", "s15-vvvvvvvv", "s16-vvvvvvvv", "s17-vvvvvvvv",
        "s18-vvvvvvvv", "s19-vvvvvvvv", "s20-vvvvvvvv", "s21-vvvvvvvv", "s22-vvvvvvvv", "s23-vvvvvvvv",
        "s24-vvvvvvvv", "s25-vvvvvvvv", "s26-vvvvvvvv", "s27-vvvvvvvv", "s28-vvvvvvvv", "s29-vvvvvvvv",
        "s30-vvvvvvvv", "s31-vvvvvvvv", "s32-vvvvvvvv", "s33-vvvvvvvv", "s34-vvvvvvvv", "s35-vvvvvvvv",
        "s36-vvvvvvvv", "s37-vvvvvvvv", "s38-vvvvvvvv", "s39-vvvvvvvv", "s40-vvvvvvvv", "s41-vvvvvvvv",
        "s42-vvvvvvvv", "s43-vvvvvvvv", "s44-vvvvvvvv", "s45-vvvvvvvv", "s46-vvvvvvvv", "s47-vvvvvvvv",
        "s48-vvvvvvvv", "s49-vvvvvvvv", "s50-vvvvvvvv", "s51-vvvvvvvv", "s52-vvvvvvvv", "s53-vvvvvvvv",
        "s54-vvvvvvvv", "s55-vvvvvvvv", "s56-vvvvvvvv", "s57-vvvvvvvv", "s58-vvvvvvvv", "s59-vvvvvvvv");
  }

  public static FlatBean flatBean() {
    FlatBean item = new FlatBean();
    item.setId("id-vvvvvvvv"); item.setS01("s01-vvvvvvvv"); item.setS02("s02-vvvvvvvv");
    item.setS03("s03-vvvvvvvv"); item.setS04("s04-vvvvvvvv"); item.setS05("s05-vvvvvvvv");
    item.setS06("s06-vvvvvvvv"); item.setS07("s07-vvvvvvvv"); item.setS08("s08-vvvvvvvv");
    item.setS09("s09-vvvvvvvv"); item.setS10("s10-vvvvvvvv"); item.setS11("s11-vvvvvvvv");
    item.setS12("s12-vvvvvvvv"); item.setS13("s13-vvvvvvvv"); item.setS14("s14-vvvvvvvv");
    item.setS15("s15-vvvvvvvv"); item.setS16("s16-vvvvvvvv"); item.setS17("s17-vvvvvvvv");
    item.setS18("s18-vvvvvvvv"); item.setS19("s19-vvvvvvvv"); item.setS20("s20-vvvvvvvv");
    item.setS21("s21-vvvvvvvv"); item.setS22("s22-vvvvvvvv"); item.setS23("s23-vvvvvvvv");
    item.setS24("s24-vvvvvvvv"); item.setS25("s25-vvvvvvvv"); item.setS26("s26-vvvvvvvv");
    item.setS27("s27-vvvvvvvv"); item.setS28("s28-vvvvvvvv"); item.setS29("s29-vvvvvvvv");
    item.setS30("s30-vvvvvvvv"); item.setS31("s31-vvvvvvvv"); item.setS32("s32-vvvvvvvv");
    item.setS33("s33-vvvvvvvv"); item.setS34("s34-vvvvvvvv"); item.setS35("s35-vvvvvvvv");
    item.setS36("s36-vvvvvvvv"); item.setS37("s37-vvvvvvvv"); item.setS38("s38-vvvvvvvv");
    item.setS39("s39-vvvvvvvv"); item.setS40("s40-vvvvvvvv"); item.setS41("s41-vvvvvvvv");
    item.setS42("s42-vvvvvvvv"); item.setS43("s43-vvvvvvvv"); item.setS44("s44-vvvvvvvv");
    item.setS45("s45-vvvvvvvv"); item.setS46("s46-vvvvvvvv"); item.setS47("s47-vvvvvvvv");
    item.setS48("s48-vvvvvvvv"); item.setS49("s49-vvvvvvvv"); item.setS50("s50-vvvvvvvv");
    item.setS51("s51-vvvvvvvv"); item.setS52("s52-vvvvvvvv"); item.setS53("s53-vvvvvvvv");
    item.setS54("s54-vvvvvvvv"); item.setS55("s55-vvvvvvvv"); item.setS56("s56-vvvvvvvv");
    item.setS57("s57-vvvvvvvv"); item.setS58("s58-vvvvvvvv"); item.setS59("s59-vvvvvvvv");
    return item;
  }

  public static FlatImmutable flatImmutable() {
    return FlatImmutable.builder()
        .id("id-vvvvvvvv").s01("s01-vvvvvvvv").s02("s02-vvvvvvvv")
        .s03("s03-vvvvvvvv").s04("s04-vvvvvvvv").s05("s05-vvvvvvvv")
        .s06("s06-vvvvvvvv").s07("s07-vvvvvvvv").s08("s08-vvvvvvvv")
        .s09("s09-vvvvvvvv").s10("s10-vvvvvvvv").s11("s11-vvvvvvvv")
        .s12("s12-vvvvvvvv").s13("s13-vvvvvvvv").s14("s14-vvvvvvvv")
        .s15("s15-vvvvvvvv").s16("s16-vvvvvvvv").s17("s17-vvvvvvvv")
        .s18("s18-vvvvvvvv").s19("s19-vvvvvvvv").s20("s20-vvvvvvvv")
        .s21("s21-vvvvvvvv").s22("s22-vvvvvvvv").s23("s23-vvvvvvvv")
        .s24("s24-vvvvvvvv").s25("s25-vvvvvvvv").s26("s26-vvvvvvvv")
        .s27("s27-vvvvvvvv").s28("s28-vvvvvvvv").s29("s29-vvvvvvvv")
        .s30("s30-vvvvvvvv").s31("s31-vvvvvvvv").s32("s32-vvvvvvvv")
        .s33("s33-vvvvvvvv").s34("s34-vvvvvvvv").s35("s35-vvvvvvvv")
        .s36("s36-vvvvvvvv").s37("s37-vvvvvvvv").s38("s38-vvvvvvvv")
        .s39("s39-vvvvvvvv").s40("s40-vvvvvvvv").s41("s41-vvvvvvvv")
        .s42("s42-vvvvvvvv").s43("s43-vvvvvvvv").s44("s44-vvvvvvvv")
        .s45("s45-vvvvvvvv").s46("s46-vvvvvvvv").s47("s47-vvvvvvvv")
        .s48("s48-vvvvvvvv").s49("s49-vvvvvvvv").s50("s50-vvvvvvvv")
        .s51("s51-vvvvvvvv").s52("s52-vvvvvvvv").s53("s53-vvvvvvvv")
        .s54("s54-vvvvvvvv").s55("s55-vvvvvvvv").s56("s56-vvvvvvvv")
        .s57("s57-vvvvvvvv").s58("s58-vvvvvvvv").s59("s59-vvvvvvvv")
        .build();
  }

  public static OrderRecord orderRecord() {
    return new OrderRecord(
        "id-vvvvvvvv", "customer-vvvvvvvv", Instant.parse("2026-11-25T10:00:00Z"), twenty(Fixtures::lineRecord),
        addressRecord(), addressRecord());
  }

  public static OrderBean orderBean() {
    OrderBean item = new OrderBean();
    item.setId("id-vvvvvvvv");
    item.setCustomer("customer-vvvvvvvv");
    item.setCreated(Instant.parse("2026-11-25T10:00:00Z"));
    item.setLines(twenty(Fixtures::lineBean));
    item.setShipping(addressBean());
    item.setBilling(addressBean());
    return item;
  }

  public static OrderImmutable orderImmutable() {
    return OrderImmutable.builder()
        .id("id-vvvvvvvv")
        .customer("customer-vvvvvvvv")
        .created(Instant.parse("2026-11-25T10:00:00Z"))
        .lines(twenty(Fixtures::lineImmutable))
        .shipping(addressImmutable())
        .billing(addressImmutable())
        .build();
  }

  private static LineRecord lineRecord() {
    return new LineRecord("sku-vvvvvvvv", "title-vvvvvvvv", 42, 12345678L, List.of("alpha", "beta", "gamma"));
  }

  private static LineBean lineBean() {
    LineBean item = new LineBean();
    item.setSku("sku-vvvvvvvv");
    item.setTitle("title-vvvvvvvv");
    item.setQuantity(42);
    item.setPriceCents(12345678L);
    item.setTags(List.of("alpha", "beta", "gamma"));
    return item;
  }

  private static LineImmutable lineImmutable() {
    return LineImmutable.builder()
        .sku("sku-vvvvvvvv")
        .title("title-vvvvvvvv")
        .quantity(42)
        .priceCents(12345678L)
        .tags(List.of("alpha", "beta", "gamma"))
        .build();
  }

  /** An order's twenty lines, each made anew. */
  private static <T> List<T> twenty(Supplier<T> item) {
    List<T> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(item.get());
    }
    return list;
  }
}
