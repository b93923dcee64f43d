package dev.dynastore.benchmarks.model;

import static dev.dynastore.benchmarks.model.HandWritten.i;
import static dev.dynastore.benchmarks.model.HandWritten.l;
import static dev.dynastore.benchmarks.model.HandWritten.s;
import static dev.dynastore.benchmarks.model.HandWritten.strings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Line mapped by hand with the SDK's AttributeValue.createX factories: the physical limit. */
public final class LineHand {
  private LineHand() {}

  public static Map<String, AttributeValue> toMap(LineRecord item) {
    Map<String, AttributeValue> map = new HashMap<>(7);
    if (item.sku() != null) { map.put("sku", AttributeValue.createS(item.sku())); }
    if (item.title() != null) { map.put("title", AttributeValue.createS(item.title())); }
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
    return new LineRecord(s(map.get("sku")), s(map.get("title")), i(map.get("quantity")), l(map.get("priceCents")),
        strings(map.get("tags")));
  }
}
