package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Tiny mapped by hand with the SDK's AttributeValue.createX factories: the physical limit. */
@SuppressWarnings("unused")
public final class TinyHand {
  private TinyHand() {}

  public static Map<String, AttributeValue> toMap(TinyRecord item) {
    Map<String, AttributeValue> map = new HashMap<>(4);
    if (item.id() != null) {
      map.put("id", AttributeValue.createS(item.id()));
    }
    map.put("count", AttributeValue.createN(Integer.toString(item.count())));
    return map;
  }

  public static TinyRecord fromMap(Map<String, AttributeValue> map) {
    return new TinyRecord(
        s(map.get("id")),
        i(map.get("count")));
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
