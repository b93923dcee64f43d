package dev.dynastore.benchmarks.model;

import static dev.dynastore.benchmarks.model.HandWritten.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Order mapped by hand with the SDK's AttributeValue.createX factories: the physical limit. */
public final class OrderHand {
  private OrderHand() {}

  public static Map<String, AttributeValue> toMap(OrderRecord item) {
    Map<String, AttributeValue> map = new HashMap<>(9);
    if (item.id() != null) { map.put("id", AttributeValue.createS(item.id())); }
    if (item.customer() != null) { map.put("customer", AttributeValue.createS(item.customer())); }
    if (item.created() != null) { map.put("created", AttributeValue.createS(item.created().toString())); }
    if (item.lines() != null) {
      List<AttributeValue> lines = new ArrayList<>(item.lines().size());
      for (LineRecord e : item.lines()) {
        lines.add(AttributeValue.createM(LineHand.toMap(e)));
      }
      map.put("lines", AttributeValue.createL(lines));
    }
    if (item.shipping() != null) { map.put("shipping", AttributeValue.createM(AddressHand.toMap(item.shipping()))); }
    if (item.billing() != null) { map.put("billing", AttributeValue.createM(AddressHand.toMap(item.billing()))); }
    return map;
  }

  public static OrderRecord fromMap(Map<String, AttributeValue> map) {
    return new OrderRecord(
        s(map.get("id")),
        s(map.get("customer")),
        map.get("created") == null ? null : Instant.parse(map.get("created").s()),
        lineList(map.get("lines")),
        map.get("shipping") == null ? null : AddressHand.fromMap(map.get("shipping").m()),
        map.get("billing") == null ? null : AddressHand.fromMap(map.get("billing").m()));
  }

  private static List<LineRecord> lineList(AttributeValue value) {
    if (value == null) {
      return null;
    }
    List<LineRecord> list = new ArrayList<>(value.l().size());
    for (AttributeValue e : value.l()) {
      list.add(LineHand.fromMap(e.m()));
    }
    return list;
  }
}
