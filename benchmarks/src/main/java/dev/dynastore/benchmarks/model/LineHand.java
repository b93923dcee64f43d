package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Line mapped by hand with the SDK's AttributeValue.createX factories: the physical limit. */
@SuppressWarnings("unused")
public final class LineHand {
  private LineHand() {}

  public static Map<String, AttributeValue> toMap(LineRecord item) {
    Map<String, AttributeValue> map = new HashMap<>(7);
    if (item.sku() != null) {
      map.put("sku", AttributeValue.createS(item.sku()));
    }
    if (item.title() != null) {
      map.put("title", AttributeValue.createS(item.title()));
    }
    map.put("quantity", AttributeValue.createN(Integer.toString(item.quantity())));
    map.put("priceCents", AttributeValue.createN(Long.toString(item.priceCents())));
    if (item.tags() != null) {
      List<AttributeValue> tags = new ArrayList<>(item.tags().size());
      for (String s : item.tags()) {
        tags.add(AttributeValue.createS(s));
      }
      map.put("tags", AttributeValue.createL(tags));
    }
    return map;
  }

  public static LineRecord fromMap(Map<String, AttributeValue> map) {
    return new LineRecord(
        s(map.get("sku")),
        s(map.get("title")),
        i(map.get("quantity")),
        l(map.get("priceCents")),
        strings(map.get("tags")));
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
