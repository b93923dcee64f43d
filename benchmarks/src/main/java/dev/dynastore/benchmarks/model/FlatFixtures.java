package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The same Flat in every flavour, with realistic values. */
public final class FlatFixtures {
  private FlatFixtures() {}

  public static FlatRecord record() {
    return new FlatRecord(
        "id-vvvvvvvv",
        "s01-vvvvvvvv",
        "s02-vvvvvvvv",
        "s03-vvvvvvvv",
        "s04-vvvvvvvv",
        "s05-vvvvvvvv",
        "s06-vvvvvvvv",
        "s07-vvvvvvvv",
        "s08-vvvvvvvv",
        "s09-vvvvvvvv",
        "s10-vvvvvvvv",
        "s11-vvvvvvvv",
        "s12-vvvvvvvv",
        "s13-vvvvvvvv",
        "s14-vvvvvvvv",
        "s15-vvvvvvvv",
        "s16-vvvvvvvv",
        "s17-vvvvvvvv",
        "s18-vvvvvvvv",
        "s19-vvvvvvvv",
        "s20-vvvvvvvv",
        "s21-vvvvvvvv",
        "s22-vvvvvvvv",
        "s23-vvvvvvvv",
        "s24-vvvvvvvv",
        "s25-vvvvvvvv",
        "s26-vvvvvvvv",
        "s27-vvvvvvvv",
        "s28-vvvvvvvv",
        "s29-vvvvvvvv",
        "s30-vvvvvvvv",
        "s31-vvvvvvvv",
        "s32-vvvvvvvv",
        "s33-vvvvvvvv",
        "s34-vvvvvvvv",
        "s35-vvvvvvvv",
        "s36-vvvvvvvv",
        "s37-vvvvvvvv",
        "s38-vvvvvvvv",
        "s39-vvvvvvvv",
        "s40-vvvvvvvv",
        "s41-vvvvvvvv",
        "s42-vvvvvvvv",
        "s43-vvvvvvvv",
        "s44-vvvvvvvv",
        "s45-vvvvvvvv",
        "s46-vvvvvvvv",
        "s47-vvvvvvvv",
        "s48-vvvvvvvv",
        "s49-vvvvvvvv",
        "s50-vvvvvvvv",
        "s51-vvvvvvvv",
        "s52-vvvvvvvv",
        "s53-vvvvvvvv",
        "s54-vvvvvvvv",
        "s55-vvvvvvvv",
        "s56-vvvvvvvv",
        "s57-vvvvvvvv",
        "s58-vvvvvvvv",
        "s59-vvvvvvvv");
  }

  public static List<FlatRecord> recordList() {
    List<FlatRecord> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(record());
    }
    return list;
  }

  public static FlatBean bean() {
    FlatBean item = new FlatBean();
    item.setId("id-vvvvvvvv");
    item.setS01("s01-vvvvvvvv");
    item.setS02("s02-vvvvvvvv");
    item.setS03("s03-vvvvvvvv");
    item.setS04("s04-vvvvvvvv");
    item.setS05("s05-vvvvvvvv");
    item.setS06("s06-vvvvvvvv");
    item.setS07("s07-vvvvvvvv");
    item.setS08("s08-vvvvvvvv");
    item.setS09("s09-vvvvvvvv");
    item.setS10("s10-vvvvvvvv");
    item.setS11("s11-vvvvvvvv");
    item.setS12("s12-vvvvvvvv");
    item.setS13("s13-vvvvvvvv");
    item.setS14("s14-vvvvvvvv");
    item.setS15("s15-vvvvvvvv");
    item.setS16("s16-vvvvvvvv");
    item.setS17("s17-vvvvvvvv");
    item.setS18("s18-vvvvvvvv");
    item.setS19("s19-vvvvvvvv");
    item.setS20("s20-vvvvvvvv");
    item.setS21("s21-vvvvvvvv");
    item.setS22("s22-vvvvvvvv");
    item.setS23("s23-vvvvvvvv");
    item.setS24("s24-vvvvvvvv");
    item.setS25("s25-vvvvvvvv");
    item.setS26("s26-vvvvvvvv");
    item.setS27("s27-vvvvvvvv");
    item.setS28("s28-vvvvvvvv");
    item.setS29("s29-vvvvvvvv");
    item.setS30("s30-vvvvvvvv");
    item.setS31("s31-vvvvvvvv");
    item.setS32("s32-vvvvvvvv");
    item.setS33("s33-vvvvvvvv");
    item.setS34("s34-vvvvvvvv");
    item.setS35("s35-vvvvvvvv");
    item.setS36("s36-vvvvvvvv");
    item.setS37("s37-vvvvvvvv");
    item.setS38("s38-vvvvvvvv");
    item.setS39("s39-vvvvvvvv");
    item.setS40("s40-vvvvvvvv");
    item.setS41("s41-vvvvvvvv");
    item.setS42("s42-vvvvvvvv");
    item.setS43("s43-vvvvvvvv");
    item.setS44("s44-vvvvvvvv");
    item.setS45("s45-vvvvvvvv");
    item.setS46("s46-vvvvvvvv");
    item.setS47("s47-vvvvvvvv");
    item.setS48("s48-vvvvvvvv");
    item.setS49("s49-vvvvvvvv");
    item.setS50("s50-vvvvvvvv");
    item.setS51("s51-vvvvvvvv");
    item.setS52("s52-vvvvvvvv");
    item.setS53("s53-vvvvvvvv");
    item.setS54("s54-vvvvvvvv");
    item.setS55("s55-vvvvvvvv");
    item.setS56("s56-vvvvvvvv");
    item.setS57("s57-vvvvvvvv");
    item.setS58("s58-vvvvvvvv");
    item.setS59("s59-vvvvvvvv");
    return item;
  }

  public static List<FlatBean> beanList() {
    List<FlatBean> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(bean());
    }
    return list;
  }

  public static FlatImmutable immutable() {
    return FlatImmutable.builder()
        .id("id-vvvvvvvv")
        .s01("s01-vvvvvvvv")
        .s02("s02-vvvvvvvv")
        .s03("s03-vvvvvvvv")
        .s04("s04-vvvvvvvv")
        .s05("s05-vvvvvvvv")
        .s06("s06-vvvvvvvv")
        .s07("s07-vvvvvvvv")
        .s08("s08-vvvvvvvv")
        .s09("s09-vvvvvvvv")
        .s10("s10-vvvvvvvv")
        .s11("s11-vvvvvvvv")
        .s12("s12-vvvvvvvv")
        .s13("s13-vvvvvvvv")
        .s14("s14-vvvvvvvv")
        .s15("s15-vvvvvvvv")
        .s16("s16-vvvvvvvv")
        .s17("s17-vvvvvvvv")
        .s18("s18-vvvvvvvv")
        .s19("s19-vvvvvvvv")
        .s20("s20-vvvvvvvv")
        .s21("s21-vvvvvvvv")
        .s22("s22-vvvvvvvv")
        .s23("s23-vvvvvvvv")
        .s24("s24-vvvvvvvv")
        .s25("s25-vvvvvvvv")
        .s26("s26-vvvvvvvv")
        .s27("s27-vvvvvvvv")
        .s28("s28-vvvvvvvv")
        .s29("s29-vvvvvvvv")
        .s30("s30-vvvvvvvv")
        .s31("s31-vvvvvvvv")
        .s32("s32-vvvvvvvv")
        .s33("s33-vvvvvvvv")
        .s34("s34-vvvvvvvv")
        .s35("s35-vvvvvvvv")
        .s36("s36-vvvvvvvv")
        .s37("s37-vvvvvvvv")
        .s38("s38-vvvvvvvv")
        .s39("s39-vvvvvvvv")
        .s40("s40-vvvvvvvv")
        .s41("s41-vvvvvvvv")
        .s42("s42-vvvvvvvv")
        .s43("s43-vvvvvvvv")
        .s44("s44-vvvvvvvv")
        .s45("s45-vvvvvvvv")
        .s46("s46-vvvvvvvv")
        .s47("s47-vvvvvvvv")
        .s48("s48-vvvvvvvv")
        .s49("s49-vvvvvvvv")
        .s50("s50-vvvvvvvv")
        .s51("s51-vvvvvvvv")
        .s52("s52-vvvvvvvv")
        .s53("s53-vvvvvvvv")
        .s54("s54-vvvvvvvv")
        .s55("s55-vvvvvvvv")
        .s56("s56-vvvvvvvv")
        .s57("s57-vvvvvvvv")
        .s58("s58-vvvvvvvv")
        .s59("s59-vvvvvvvv")
        .build();
  }

  public static List<FlatImmutable> immutableList() {
    List<FlatImmutable> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(immutable());
    }
    return list;
  }
}
