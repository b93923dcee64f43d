package dev.dynastore.internal;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Counts item sizes the way DynamoDB does for its 400 KB limit: attribute names and values in UTF-8 bytes,
 * numbers at one byte per two significant digits plus one, three bytes of overhead per list or map plus one
 * byte per element.
 */
final class ItemSizes {
  private ItemSizes() {}

  /** The size of a whole item. */
  static long item(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      size += attribute(attribute.getKey(), attribute.getValue());
    }
    return size;
  }

  static long attribute(String name, AttributeValue value) {
    return utf8Length(name) + value(value);
  }

  static long value(AttributeValue value) {
    switch (value.type()) {
      case S:
        return utf8Length(value.s());
      case N:
        return number(value.n());
      case B:
        return value.b().asByteArrayUnsafe().length;
      case BOOL:
      case NUL:
        return 1;
      case SS:
        return strings(value.ss());
      case NS:
        long numbers = 0;
        for (String n : value.ns()) {
          numbers += number(n);
        }
        return numbers;
      case BS:
        long bytes = 0;
        for (SdkBytes b : value.bs()) {
          bytes += b.asByteArrayUnsafe().length;
        }
        return bytes;
      case L:
        long list = 3;
        for (AttributeValue element : value.l()) {
          list += value(element) + 1;
        }
        return list;
      case M:
        long map = 3;
        for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
          map += utf8Length(entry.getKey()) + value(entry.getValue()) + 1;
        }
        return map;
      default:
        throw new IllegalArgumentException("unknown attribute value type " + value.type());
    }
  }

  private static long strings(List<String> strings) {
    long total = 0;
    for (String s : strings) {
      total += utf8Length(s);
    }
    return total;
  }

  /** One byte per two significant digits, plus one. */
  static long number(String number) {
    int first = -1;
    int last = -1;
    int digitsBeforeExponent = 0;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == 'e' || c == 'E') {
        break;
      }
      if (c >= '0' && c <= '9') {
        if (c != '0') {
          if (first < 0) {
            first = digitsBeforeExponent;
          }
          last = digitsBeforeExponent;
        }
        digitsBeforeExponent++;
      }
    }
    int significant = first < 0 ? 1 : last - first + 1;
    return (significant + 1) / 2 + 1;
  }

  /** The UTF-8 length of a string, without encoding it. */
  static int utf8Length(CharSequence s) {
    int length = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        length++;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    }
    return length;
  }
}
