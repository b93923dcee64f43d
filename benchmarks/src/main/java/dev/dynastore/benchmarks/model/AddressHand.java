package dev.dynastore.benchmarks.model;

import static dev.dynastore.benchmarks.model.HandWritten.s;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Address mapped by hand with the SDK's AttributeValue.createX factories: the physical limit. */
public final class AddressHand {
  private AddressHand() {}

  public static Map<String, AttributeValue> toMap(AddressRecord item) {
    Map<String, AttributeValue> map = new HashMap<>(6);
    if (item.street() != null) { map.put("street", AttributeValue.createS(item.street())); }
    if (item.city() != null) { map.put("city", AttributeValue.createS(item.city())); }
    if (item.zip() != null) { map.put("zip", AttributeValue.createS(item.zip())); }
    if (item.country() != null) { map.put("country", AttributeValue.createS(item.country())); }
    return map;
  }

  public static AddressRecord fromMap(Map<String, AttributeValue> map) {
    return new AddressRecord(s(map.get("street")), s(map.get("city")), s(map.get("zip")), s(map.get("country")));
  }
}
