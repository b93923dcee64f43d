package dev.dynastore.benchmarks.startup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Start-up entity 42 of 50, mapped by hand: the baseline of the start-up benchmark. */
final class Entity42Hand {
  private Entity42Hand() {}

  static Map<String, AttributeValue> toMap(Entity42 item) {
    Map<String, AttributeValue> map = new HashMap<>(11);
    map.put("id", AttributeValue.createS(item.id()));
    map.put("name", AttributeValue.createS(item.name()));
    map.put("count", AttributeValue.createN(Integer.toString(item.count())));
    map.put("at", AttributeValue.createS(item.at().toString()));
    map.put("amount", AttributeValue.createN(item.amount().toString()));
    List<AttributeValue> tags = new ArrayList<>(item.tags().size());
    for (String tag : item.tags()) {
      tags.add(AttributeValue.createS(tag));
    }
    map.put("tags", AttributeValue.createL(tags));
    map.put("flag", AttributeValue.createBool(item.flag()));
    map.put("counter", AttributeValue.createN(Long.toString(item.counter())));
    return map;
  }
}
