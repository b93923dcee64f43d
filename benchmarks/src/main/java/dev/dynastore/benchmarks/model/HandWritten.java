package dev.dynastore.benchmarks.model;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What the hand-written mappers ({@code *Hand}) share: reading one attribute, absent or not. */
final class HandWritten {
  private HandWritten() {}

  static String s(AttributeValue v) {
    return v == null ? null : v.s();
  }

  static int i(AttributeValue v) {
    return v == null ? 0 : Integer.parseInt(v.n());
  }

  static long l(AttributeValue v) {
    return v == null ? 0 : Long.parseLong(v.n());
  }

  static boolean b(AttributeValue v) {
    return v != null && v.bool();
  }

  static List<String> strings(AttributeValue v) {
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
