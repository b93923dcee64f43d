package dev.dynastore.benchmarks.model;

import static dev.dynastore.benchmarks.model.HandWritten.i;
import static dev.dynastore.benchmarks.model.HandWritten.s;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Tiny mapped by hand with the SDK's AttributeValue.createX factories: the physical limit. */
public final class TinyHand {
  private TinyHand() {}

  public static Map<String, AttributeValue> toMap(TinyRecord item) {
    Map<String, AttributeValue> map = new HashMap<>(4);
    if (item.id() != null) { map.put("id", AttributeValue.createS(item.id())); }
    map.put("count", AttributeValue.createN(Integer.toString(item.count())));
    return map;
  }

  public static TinyRecord fromMap(Map<String, AttributeValue> map) {
    return new TinyRecord(s(map.get("id")), i(map.get("count")));
  }
}
