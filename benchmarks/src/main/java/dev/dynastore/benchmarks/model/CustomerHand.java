package dev.dynastore.benchmarks.model;

import static dev.dynastore.benchmarks.model.HandWritten.b;
import static dev.dynastore.benchmarks.model.HandWritten.i;
import static dev.dynastore.benchmarks.model.HandWritten.s;
import static dev.dynastore.benchmarks.model.HandWritten.strings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Customer mapped by hand with the SDK's AttributeValue.createX factories: the physical limit. */
public final class CustomerHand {
  private CustomerHand() {}

  public static Map<String, AttributeValue> toMap(CustomerRecord item) {
    Map<String, AttributeValue> map = new HashMap<>(18);
    if (item.id() != null) { map.put("id", AttributeValue.createS(item.id())); }
    if (item.name() != null) { map.put("name", AttributeValue.createS(item.name())); }
    if (item.email() != null) { map.put("email", AttributeValue.createS(item.email())); }
    if (item.phone() != null) { map.put("phone", AttributeValue.createS(item.phone())); }
    if (item.status() != null) { map.put("status", AttributeValue.createS(item.status().name())); }
    if (item.created() != null) { map.put("created", AttributeValue.createS(item.created().toString())); }
    if (item.updated() != null) { map.put("updated", AttributeValue.createS(item.updated().toString())); }
    if (item.balance() != null) { map.put("balance", AttributeValue.createN(item.balance().toString())); }
    map.put("visits", AttributeValue.createN(Integer.toString(item.visits())));
    map.put("vip", AttributeValue.createBool(item.vip()));
    if (item.tags() != null) {
      List<AttributeValue> tags = new ArrayList<>(item.tags().size());
      for (String s : item.tags()) {
        tags.add(AttributeValue.createS(s));
      }
      map.put("tags", AttributeValue.createL(tags));
    }
    if (item.address() != null) { map.put("address", AttributeValue.createM(AddressHand.toMap(item.address()))); }
    if (item.notes() != null) { map.put("notes", AttributeValue.createS(item.notes())); }
    return map;
  }

  public static CustomerRecord fromMap(Map<String, AttributeValue> map) {
    return new CustomerRecord(
        s(map.get("id")),
        s(map.get("name")),
        s(map.get("email")),
        s(map.get("phone")),
        map.get("status") == null ? null : Status.valueOf(map.get("status").s()),
        map.get("created") == null ? null : Instant.parse(map.get("created").s()),
        map.get("updated") == null ? null : Instant.parse(map.get("updated").s()),
        map.get("balance") == null ? null : new BigDecimal(map.get("balance").n()),
        i(map.get("visits")),
        b(map.get("vip")),
        strings(map.get("tags")),
        map.get("address") == null ? null : AddressHand.fromMap(map.get("address").m()),
        s(map.get("notes")));
  }
}
