package dev.dynastore.benchmarks.model;

import static dev.dynastore.benchmarks.model.HandWritten.s;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Flat mapped by hand with the SDK's AttributeValue.createX factories: the physical limit. */
public final class FlatHand {
  private FlatHand() {}

  public static Map<String, AttributeValue> toMap(FlatRecord item) {
    Map<String, AttributeValue> map = new HashMap<>(81);
    if (item.id() != null) { map.put("id", AttributeValue.createS(item.id())); }
    if (item.s01() != null) { map.put("s01", AttributeValue.createS(item.s01())); }
    if (item.s02() != null) { map.put("s02", AttributeValue.createS(item.s02())); }
    if (item.s03() != null) { map.put("s03", AttributeValue.createS(item.s03())); }
    if (item.s04() != null) { map.put("s04", AttributeValue.createS(item.s04())); }
    if (item.s05() != null) { map.put("s05", AttributeValue.createS(item.s05())); }
    if (item.s06() != null) { map.put("s06", AttributeValue.createS(item.s06())); }
    if (item.s07() != null) { map.put("s07", AttributeValue.createS(item.s07())); }
    if (item.s08() != null) { map.put("s08", AttributeValue.createS(item.s08())); }
    if (item.s09() != null) { map.put("s09", AttributeValue.createS(item.s09())); }
    if (item.s10() != null) { map.put("s10", AttributeValue.createS(item.s10())); }
    if (item.s11() != null) { map.put("s11", AttributeValue.createS(item.s11())); }
    if (item.s12() != null) { map.put("s12", AttributeValue.createS(item.s12())); }
    if (item.s13() != null) { map.put("s13", AttributeValue.createS(item.s13())); }
    if (item.s14() != null) { map.put("s14", AttributeValue.createS(item.s14())); }
    if (item.s15() != null) { map.put("s15", AttributeValue.createS(item.s15())); }
    if (item.s16() != null) { map.put("s16", AttributeValue.createS(item.s16())); }
    if (item.s17() != null) { map.put("s17", AttributeValue.createS(item.s17())); }
    if (item.s18() != null) { map.put("s18", AttributeValue.createS(item.s18())); }
    if (item.s19() != null) { map.put("s19", AttributeValue.createS(item.s19())); }
    if (item.s20() != null) { map.put("s20", AttributeValue.createS(item.s20())); }
    if (item.s21() != null) { map.put("s21", AttributeValue.createS(item.s21())); }
    if (item.s22() != null) { map.put("s22", AttributeValue.createS(item.s22())); }
    if (item.s23() != null) { map.put("s23", AttributeValue.createS(item.s23())); }
    if (item.s24() != null) { map.put("s24", AttributeValue.createS(item.s24())); }
    if (item.s25() != null) { map.put("s25", AttributeValue.createS(item.s25())); }
    if (item.s26() != null) { map.put("s26", AttributeValue.createS(item.s26())); }
    if (item.s27() != null) { map.put("s27", AttributeValue.createS(item.s27())); }
    if (item.s28() != null) { map.put("s28", AttributeValue.createS(item.s28())); }
    if (item.s29() != null) { map.put("s29", AttributeValue.createS(item.s29())); }
    if (item.s30() != null) { map.put("s30", AttributeValue.createS(item.s30())); }
    if (item.s31() != null) { map.put("s31", AttributeValue.createS(item.s31())); }
    if (item.s32() != null) { map.put("s32", AttributeValue.createS(item.s32())); }
    if (item.s33() != null) { map.put("s33", AttributeValue.createS(item.s33())); }
    if (item.s34() != null) { map.put("s34", AttributeValue.createS(item.s34())); }
    if (item.s35() != null) { map.put("s35", AttributeValue.createS(item.s35())); }
    if (item.s36() != null) { map.put("s36", AttributeValue.createS(item.s36())); }
    if (item.s37() != null) { map.put("s37", AttributeValue.createS(item.s37())); }
    if (item.s38() != null) { map.put("s38", AttributeValue.createS(item.s38())); }
    if (item.s39() != null) { map.put("s39", AttributeValue.createS(item.s39())); }
    if (item.s40() != null) { map.put("s40", AttributeValue.createS(item.s40())); }
    if (item.s41() != null) { map.put("s41", AttributeValue.createS(item.s41())); }
    if (item.s42() != null) { map.put("s42", AttributeValue.createS(item.s42())); }
    if (item.s43() != null) { map.put("s43", AttributeValue.createS(item.s43())); }
    if (item.s44() != null) { map.put("s44", AttributeValue.createS(item.s44())); }
    if (item.s45() != null) { map.put("s45", AttributeValue.createS(item.s45())); }
    if (item.s46() != null) { map.put("s46", AttributeValue.createS(item.s46())); }
    if (item.s47() != null) { map.put("s47", AttributeValue.createS(item.s47())); }
    if (item.s48() != null) { map.put("s48", AttributeValue.createS(item.s48())); }
    if (item.s49() != null) { map.put("s49", AttributeValue.createS(item.s49())); }
    if (item.s50() != null) { map.put("s50", AttributeValue.createS(item.s50())); }
    if (item.s51() != null) { map.put("s51", AttributeValue.createS(item.s51())); }
    if (item.s52() != null) { map.put("s52", AttributeValue.createS(item.s52())); }
    if (item.s53() != null) { map.put("s53", AttributeValue.createS(item.s53())); }
    if (item.s54() != null) { map.put("s54", AttributeValue.createS(item.s54())); }
    if (item.s55() != null) { map.put("s55", AttributeValue.createS(item.s55())); }
    if (item.s56() != null) { map.put("s56", AttributeValue.createS(item.s56())); }
    if (item.s57() != null) { map.put("s57", AttributeValue.createS(item.s57())); }
    if (item.s58() != null) { map.put("s58", AttributeValue.createS(item.s58())); }
    if (item.s59() != null) { map.put("s59", AttributeValue.createS(item.s59())); }
    return map;
  }

  public static FlatRecord fromMap(Map<String, AttributeValue> map) {
    return new FlatRecord(
        s(map.get("id")), s(map.get("s01")), s(map.get("s02")), s(map.get("s03")),
        s(map.get("s04")), s(map.get("s05")), s(map.get("s06")), s(map.get("s07")),
        s(map.get("s08")), s(map.get("s09")), s(map.get("s10")), s(map.get("s11")),
        s(map.get("s12")), s(map.get("s13")), s(map.get("s14")), s(map.get("s15")),
        s(map.get("s16")), s(map.get("s17")), s(map.get("s18")), s(map.get("s19")),
        s(map.get("s20")), s(map.get("s21")), s(map.get("s22")), s(map.get("s23")),
        s(map.get("s24")), s(map.get("s25")), s(map.get("s26")), s(map.get("s27")),
        s(map.get("s28")), s(map.get("s29")), s(map.get("s30")), s(map.get("s31")),
        s(map.get("s32")), s(map.get("s33")), s(map.get("s34")), s(map.get("s35")),
        s(map.get("s36")), s(map.get("s37")), s(map.get("s38")), s(map.get("s39")),
        s(map.get("s40")), s(map.get("s41")), s(map.get("s42")), s(map.get("s43")),
        s(map.get("s44")), s(map.get("s45")), s(map.get("s46")), s(map.get("s47")),
        s(map.get("s48")), s(map.get("s49")), s(map.get("s50")), s(map.get("s51")),
        s(map.get("s52")), s(map.get("s53")), s(map.get("s54")), s(map.get("s55")),
        s(map.get("s56")), s(map.get("s57")), s(map.get("s58")), s(map.get("s59")));
  }
}
