package dev.dynastore;

import java.util.Objects;
import java.util.function.Function;

/**
 * Which sort keys a listing reads: all, one, a range with inclusive or exclusive ends, or those beginning with a
 * prefix (text sort keys only). Typed by the sort key: on {@code customers.byCreated()} the bounds are
 * {@code Instant}s, on a numeric index numbers, on a {@code String} key strings, so a bound of the wrong type does
 * not compile, and neither does {@code beginsWith} on a numeric sort key. Bounds compare in stored order: numbers
 * as numbers, instants and numeric keys in time and numeric order (they are stored in forms that sort), text by its
 * UTF-8 bytes, so enums by {@code name()} and UUIDs by their text (unsigned, not {@code UUID.compareTo}'s order).
 * An instant before the year 0000 or after 9999 bounds as if it could be stored.
 *
 * <pre>{@code
 * Instant weekAgo = Instant.now().minus(Duration.ofDays(7));
 * Page<Order> recent = orders.byPlaced().where(KeyRange.atLeast(weekAgo)).list(PageRequest.first(25));
 * long november = orders.byPlaced().where(KeyRange.between(nov1, nov30)).count();
 * }</pre>
 *
 * <p>Make ranges with the static methods; the records are their data.
 *
 * @param <K> the type of the sort key
 */
public sealed interface KeyRange<K> {
  /** Every sort key. */
  static <K> KeyRange<K> all() {
    return new All<>();
  }

  /** The sort key equal to {@code value}. */
  static <K> KeyRange<K> equalTo(K value) {
    return new EqualTo<>(value);
  }

  /** Sort keys from {@code low} to {@code high}, both included; {@code low} may not be after {@code high}. */
  static <K> KeyRange<K> between(K low, K high) {
    return new Between<>(low, high);
  }

  /** Sort keys after {@code value}. */
  static <K> KeyRange<K> greaterThan(K value) {
    return new GreaterThan<>(value, false);
  }

  /** Sort keys from {@code value} on, {@code value} included. */
  static <K> KeyRange<K> atLeast(K value) {
    return new GreaterThan<>(value, true);
  }

  /** Sort keys before {@code value}. */
  static <K> KeyRange<K> lessThan(K value) {
    return new LessThan<>(value, false);
  }

  /** Sort keys up to {@code value}, {@code value} included. */
  static <K> KeyRange<K> atMost(K value) {
    return new LessThan<>(value, true);
  }

  /** Text sort keys beginning with {@code prefix}; an empty prefix is every key. */
  static KeyRange<String> beginsWith(String prefix) {
    return new BeginsWith(prefix);
  }

  /**
   * The same range over other values: how generated code turns typed bounds into stored ones. A prefix stays as it
   * is: it is text whatever the sort key's stored form.
   */
  <R> KeyRange<R> map(Function<? super K, ? extends R> convert);

  /** Every sort key. */
  record All<K>() implements KeyRange<K> {
    @Override
    public <R> KeyRange<R> map(Function<? super K, ? extends R> convert) {
      return new All<>();
    }
  }

  /** One sort key. */
  record EqualTo<K>(K value) implements KeyRange<K> {
    public EqualTo {
      Objects.requireNonNull(value, "value == null");
    }

    @Override
    public <R> KeyRange<R> map(Function<? super K, ? extends R> convert) {
      return new EqualTo<>(convert.apply(value));
    }
  }

  /** From {@code low} to {@code high}, both included. */
  record Between<K>(K low, K high) implements KeyRange<K> {
    public Between {
      Objects.requireNonNull(low, "low == null");
      Objects.requireNonNull(high, "high == null");
    }

    @Override
    public <R> KeyRange<R> map(Function<? super K, ? extends R> convert) {
      return new Between<>(convert.apply(low), convert.apply(high));
    }
  }

  /** After {@code value}, or from it when {@code inclusive}. */
  record GreaterThan<K>(K value, boolean inclusive) implements KeyRange<K> {
    public GreaterThan {
      Objects.requireNonNull(value, "value == null");
    }

    @Override
    public <R> KeyRange<R> map(Function<? super K, ? extends R> convert) {
      return new GreaterThan<>(convert.apply(value), inclusive);
    }
  }

  /** Before {@code value}, or up to it when {@code inclusive}. */
  record LessThan<K>(K value, boolean inclusive) implements KeyRange<K> {
    public LessThan {
      Objects.requireNonNull(value, "value == null");
    }

    @Override
    public <R> KeyRange<R> map(Function<? super K, ? extends R> convert) {
      return new LessThan<>(convert.apply(value), inclusive);
    }
  }

  /** Text beginning with {@code prefix}. */
  record BeginsWith(String prefix) implements KeyRange<String> {
    public BeginsWith {
      Objects.requireNonNull(prefix, "prefix == null");
    }

    @Override
    @SuppressWarnings("unchecked") // a prefix is text whatever the mapping: it is kept as it is
    public <R> KeyRange<R> map(Function<? super String, ? extends R> convert) {
      return (KeyRange<R>) this;
    }
  }
}
