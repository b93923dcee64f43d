package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Address mapped by hand with the SDK's AttributeValue.createX factories: the physical limit. */
@SuppressWarnings("unused")
public final class AddressHand {
  private AddressHand() {}

  public static Map<String, AttributeValue> toMap(AddressRecord item) {
    Map<String, AttributeValue> map = new HashMap<>(6);
    if (item.street() != null) {
      map.put("street", AttributeValue.createS(item.street()));
    }
    if (item.city() != null) {
      map.put("city", AttributeValue.createS(item.city()));
    }
    if (item.zip() != null) {
      map.put("zip", AttributeValue.createS(item.zip()));
    }
    if (item.country() != null) {
      map.put("country", AttributeValue.createS(item.country()));
    }
    return map;
  }

  public static AddressRecord fromMap(Map<String, AttributeValue> map) {
    return new AddressRecord(
        s(map.get("street")),
        s(map.get("city")),
        s(map.get("zip")),
        s(map.get("country")));
  }

  private static String s(AttributeValue v) {
    return v == null ? null : v.s();
  }

  private static int i(AttributeValue v) {
    return v == null ? 0 : Integer.parseInt(v.n());
  }

  private static long l(AttributeValue v) {
    return v == null ? 0 : Long.parseLong(v.n());
  }

  private static boolean b(AttributeValue v) {
    return v != null && v.bool();
  }

  private static List<String> strings(AttributeValue v) {
    if (v == null) {
      return null;
    }
    List<String> list = new ArrayList<>(v.l().size());
    for (AttributeValue e : v.l()) {
      list.add(e.s());
    }
    return list;
  }
}
