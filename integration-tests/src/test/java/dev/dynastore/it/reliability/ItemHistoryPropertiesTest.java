package dev.dynastore.it.reliability;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.ReadOption.withLimit;
import static dev.dynastore.kv.ReadOption.withStartKey;
import static dev.dynastore.kv.WriteOption.withFields;
import static dev.dynastore.kv.WriteOption.withNoExpires;
import static dev.dynastore.kv.WriteOption.withPreviousKV;
import static dev.dynastore.kv.WriteOption.withString;
import static dev.dynastore.kv.WriteOption.withTtl;
import static dev.dynastore.kv.WriteOption.withoutFields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Dynastore;
import dev.dynastore.KeyExistsException;
import dev.dynastore.KeyModifiedException;
import dev.dynastore.KeyNotFoundException;
import dev.dynastore.Table;
import dev.dynastore.ThrottledException;
import dev.dynastore.UnavailableException;
import dev.dynastore.UnreadableItemException;
import dev.dynastore.kv.KVPage;
import dev.dynastore.kv.KVPair;
import dev.dynastore.kv.KVPartition;
import dev.dynastore.kv.WriteOption;
import dev.dynastore.testing.FaultInjector;
import dev.dynastore.testing.FaultInjector.Fault;
import dev.dynastore.testing.LocalDynamoDb;
import dev.dynastore.testing.TestClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Random histories of writes, reads, listings, clock steps and other tools' items over a few keys, each step
 * checked against a model of what DynamoDB should then hold. It is the generator for the defect classes the review
 * found by hand: expiry set while fields are removed; expired items that come back with their old fields or version
 * count; an update that drops the expiry; expiry at the second's boundary and below it (the clock moves in
 * milliseconds); expiries other tools stored as text, null or decimals; versions at {@code Long.MAX_VALUE};
 * compare-and-swaps from stale reads and earlier incarnations; listings paged by tokens; and retries of attempts that were never sent (refused
 * connections and throttling at 20% of write attempts: the outcome must still be exact, never unknown). Figures in
 * {@code target/reliability/item-histories.txt}.
 */
class ItemHistoryPropertiesTest {
  private static final List<String> KEYS = List.of("k0", "k1", "k2", "k3");
  private static final List<String> FIELDS = List.of("f0", "f1", "f2");
  private static final Instant START = Instant.parse("2026-11-26T12:00:00.250Z");

  private static LocalDynamoDb dynamo;
  private static DynamoDbClient client;
  private static final FaultInjector faults = new FaultInjector();
  private static DynamoDbClient faultyClient;
  private static final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  @BeforeContainer
  static void start() {
    dynamo = LocalDynamoDb.fromEnvironment();
    client = dynamo.newClient();
    faultyClient = dynamo.configure(DynamoDbClient.builder())
        .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(faults).build()).build();
  }

  @AfterContainer
  static void stop() throws IOException {
    faults.atRate(0, 0, Set.of());
    Campaigns.record("item-histories.txt", "%s (%s): %s; faults injected %d (%d refused connections, %d throttled)",
        "steps checked against the model", dynamo.backend(), new TreeMap<>(counts), faults.injected(),
        faults.injected(Fault.REFUSE_CONNECTION), faults.injected(Fault.THROTTLE));
    faultyClient.close();
    client.close();
    dynamo.close();
  }

  @Property(tries = 40)
  void everyStepAgreesWithTheModel(@ForAll("histories") List<Step> history) {
    faults.atRate(0, 0, Set.of());
    run(history, client);
  }

  @Property(tries = 25)
  void unsentAttemptsChangeNoOutcome(@ForAll("histories") List<Step> history) {
    faults.atRate(0.2, history.hashCode(), Set.of("PutItem", "UpdateItem", "DeleteItem"), Fault.REFUSE_CONNECTION,
        Fault.THROTTLE);
    try {
      run(history, faultyClient);
    } finally {
      faults.atRate(0, 0, Set.of());
    }
  }

  private void run(List<Step> history, DynamoDbClient writer) {
    TestClock clock = TestClock.at(START);
    Dynastore store = Dynastore.builder().client(writer).clock(clock).build();
    Table table = store.table("histories-" + UUID.randomUUID());
    table.createIfMissing();
    KVPartition partition = table.partition("p");
    Model model = new Model();
    Map<String, List<KVPair>> seen = new HashMap<>();
    for (Step step : history) {
      step.apply(new Context(table, partition, clock, model, seen));
      count(step.getClass().getSimpleName());
    }
    client.deleteTable(delete -> delete.tableName(table.name()));
  }

  // ------------------------------------------------------------------------------------------------ model

  /** What one key should hold, or nothing; expiry as DynamoDB stores it (a number, or another tool's text). */
  record Expected(String value, Map<String, String> fields, long version, BigDecimal expires, AttributeValue rawExpires) {
    boolean liveAt(Instant now) {
      if (expires == null) {
        return true; // no expiry, or one that is not a number: never expires
      }
      BigDecimal nowSeconds = BigDecimal.valueOf(now.getEpochSecond()).add(BigDecimal.valueOf(now.getNano(), 9));
      return expires.stripTrailingZeros().scale() <= 0
          ? expires.longValueExact() > now.getEpochSecond() : expires.compareTo(nowSeconds) > 0;
    }
  }

  static final class Model {
    final Map<String, Expected> items = new TreeMap<>();
    final Map<String, SdkBytes> tokens = new HashMap<>(); // key -> write token of the stored item

    /** Whether a conditional write from {@code previous} should pass: the same live item, version and write. */
    boolean stillHolds(String key, KVPair previous, Instant now) {
      Expected live = live(key, now);
      return live != null && live.version() == previous.version()
          && java.util.Objects.equals(tokens.get(key), previous.writeToken());
    }

    Expected live(String key, Instant now) {
      Expected item = items.get(key);
      return item != null && item.liveAt(now) ? item : null;
    }
  }

  record Context(Table table, KVPartition partition, TestClock clock, Model model, Map<String, List<KVPair>> seen) {
    Instant now() {
      return clock.instant();
    }

    void checkKey(String key) {
      Expected expected = model.live(key, now());
      KVPair actual = partition.get(key, consistent()).orElse(null);
      if (expected == null) {
        assertThat(actual).as("%s at %s", key, now()).isNull();
        assertThat(partition.exists(key, consistent())).isFalse();
        return;
      }
      assertThat(actual).as("%s at %s: expected %s", key, now(), expected).isNotNull();
      assertMatches(actual, expected);
      assertThat(partition.exists(key, consistent())).isTrue();
      see(actual);
    }

    /** Every version of an item the caller was given: a compare-and-swap may start from any, stale or not. */
    void see(KVPair pair) {
      seen.computeIfAbsent(pair.key(), k -> new ArrayList<>()).add(pair);
    }

    /** The pair seen {@code back} observations ago (0: the latest), or null when none was seen. */
    KVPair seen(String key, int back) {
      List<KVPair> pairs = seen.getOrDefault(key, List.of());
      return pairs.isEmpty() ? null : pairs.get(Math.max(0, pairs.size() - 1 - back));
    }

    void assertMatches(KVPair actual, Expected expected) {
      assertThat(actual.stringValue()).as("value of %s", actual).isEqualTo(expected.value());
      Map<String, String> fields = new TreeMap<>();
      actual.fields().forEach((name, value) -> fields.put(name, value.s()));
      assertThat(fields).as("fields of %s", actual).isEqualTo(new TreeMap<>(expected.fields()));
      assertThat(actual.version()).as("version of %s", actual).isEqualTo(expected.version());
      Instant expires = expected.expires() == null ? null
          : Instant.ofEpochSecond(0).plusNanos(expected.expires().movePointRight(9).longValueExact());
      assertThat(actual.expires().orElse(null)).as("expiry of %s", actual).isEqualTo(expires);
    }

    /** The model after a write that succeeded: what it returned must be what is now expected. */
    void applied(String key, KVPair written, Expected expected) {
      assertMatches(written, expected);
      model.items.put(key, expected);
      model.tokens.put(key, written.writeToken());
      see(written);
    }
  }

  // ------------------------------------------------------------------------------------------------ steps

  interface Step {
    void apply(Context context);
  }

  /** How a write treats the expiry: keep what is stored, set a TTL in milliseconds, or clear it. */
  record Expiry(String kind, long ttlMillis) {
    WriteOption option() {
      return switch (kind) {
        case "ttl" -> withTtl(Duration.ofMillis(ttlMillis));
        case "clear" -> withNoExpires();
        default -> null;
      };
    }

    /** The stored expiry after the write: {@code kept} unless set or cleared. */
    BigDecimal after(Instant now, BigDecimal kept, boolean keepAllowed) {
      return switch (kind) {
        case "ttl" -> BigDecimal.valueOf(ceilingSecond(now.plusMillis(ttlMillis)));
        case "clear" -> null;
        default -> keepAllowed ? kept : null;
      };
    }

    AttributeValue rawAfter(AttributeValue kept, boolean keepAllowed) {
      return kind.equals("keep") && keepAllowed ? kept : null;
    }

    private static long ceilingSecond(Instant instant) {
      return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
    }
  }

  record Put(String key, String value, Map<String, String> set, Set<String> removed, Expiry expiry) implements Step {
    @Override
    public void apply(Context context) {
      Instant now = context.now();
      Expected live = context.model().live(key, now);
      try {
        KVPair written = context.partition().put(key, options(value, set, removed, expiry));
        assertThat(live == null || live.version() < Long.MAX_VALUE).as("put over version MAX").isTrue();
        Map<String, String> fields = live == null ? new HashMap<>() : new HashMap<>(live.fields());
        fields.keySet().removeAll(removed);
        fields.putAll(set);
        context.applied(key, written, new Expected(value, fields, live == null ? 1 : live.version() + 1,
            expiry.after(now, live == null ? null : live.expires(), live != null),
            expiry.rawAfter(live == null ? null : live.rawExpires(), live != null)));
      } catch (UnreadableItemException atMax) {
        assertThat(live).isNotNull();
        assertThat(live.version()).isEqualTo(Long.MAX_VALUE);
      } catch (ThrottledException | UnavailableException unsent) {
        count("writes failed unsent");
      }
      context.checkKey(key);
    }
  }

  record Create(String key, String value, Map<String, String> set, Expiry expiry) implements Step {
    @Override
    public void apply(Context context) {
      Instant now = context.now();
      Expected live = context.model().live(key, now);
      try {
        KVPair written = context.partition().atomicPut(key, options(value, set, Set.of(), expiry));
        assertThat(live).as("created over a live item").isNull();
        context.applied(key, written, new Expected(value, new HashMap<>(set), 1, expiry.after(now, null, false),
            null));
      } catch (KeyExistsException exists) {
        assertThat(live).as("refused, so a live item is stored").isNotNull();
      } catch (ThrottledException | UnavailableException unsent) {
        count("writes failed unsent");
      }
      context.checkKey(key);
    }
  }

  record CompareAndSwap(String key, String value, Map<String, String> set, Set<String> removed, Expiry expiry,
      int back) implements Step {
    @Override
    public void apply(Context context) {
      KVPair previous = context.seen(key, back);
      if (previous == null) {
        return;
      }
      Instant now = context.now();
      Expected live = context.model().live(key, now);
      boolean matches = context.model().stillHolds(key, previous, now);
      List<WriteOption> options = new ArrayList<>(List.of(options(value, set, removed, expiry)));
      options.add(withPreviousKV(previous));
      try {
        KVPair written = context.partition().atomicPut(key, options.toArray(WriteOption[]::new));
        assertThat(matches).as("swapped from %s though the model holds %s", previous, live).isTrue();
        Map<String, String> fields = new HashMap<>(live.fields());
        fields.keySet().removeAll(removed);
        fields.putAll(set);
        context.applied(key, written, new Expected(value, fields, live.version() + 1,
            expiry.after(now, live.expires(), true), expiry.rawAfter(live.rawExpires(), true)));
      } catch (KeyModifiedException | KeyNotFoundException conflict) {
        assertThat(matches).as("a conflict reported for a write the model allows: %s", conflict.getMessage())
            .isFalse();
      } catch (UnreadableItemException atMax) {
        assertThat(previous.version()).isEqualTo(Long.MAX_VALUE);
      } catch (ThrottledException | UnavailableException unsent) {
        count("writes failed unsent");
      }
      context.checkKey(key);
    }
  }

  record VersionedDelete(String key, int back) implements Step {
    @Override
    public void apply(Context context) {
      KVPair previous = context.seen(key, back);
      if (previous == null) {
        return;
      }
      Expected live = context.model().live(key, context.now());
      boolean matches = context.model().stillHolds(key, previous, context.now());
      try {
        context.partition().atomicDelete(key, previous);
        assertThat(matches).as("deleted %s though the model holds %s", previous, live).isTrue();
        context.model().items.remove(key);
      } catch (KeyModifiedException | KeyNotFoundException conflict) {
        assertThat(matches).as("a conflict reported for a delete the model allows").isFalse();
      } catch (ThrottledException | UnavailableException unsent) {
        count("writes failed unsent");
      }
      context.checkKey(key);
    }
  }

  record Delete(String key) implements Step {
    @Override
    public void apply(Context context) {
      try {
        context.partition().delete(key);
        context.model().items.remove(key);
      } catch (ThrottledException | UnavailableException unsent) {
        count("writes failed unsent");
      }
      context.checkKey(key);
    }
  }

  /** The clock moves on: by some milliseconds, or to just before or exactly at a stored expiry. */
  record Advance(long millis, String target) implements Step {
    @Override
    public void apply(Context context) {
      BigDecimal next = context.model().items.values().stream().map(Expected::expires)
          .filter(e -> e != null && e.compareTo(seconds(context.now())) > 0).min(BigDecimal::compareTo).orElse(null);
      if (next != null && !target.equals("by")) {
        Instant at = Instant.ofEpochSecond(0).plusNanos(next.movePointRight(9).longValueExact());
        Instant to = target.equals("at") ? at : at.minusMillis(1);
        context.clock().set(to.isAfter(context.now()) ? to : at);
      } else {
        context.clock().advance(Duration.ofMillis(millis));
      }
      KEYS.forEach(context::checkKey);
    }
  }

  /** Another tool writes the item: its expiry as text, null or a decimal, or its version near the largest. */
  record ForeignWrite(String key, String kind) implements Step {
    @Override
    public void apply(Context context) {
      Instant now = context.now();
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      item.put("id", AttributeValue.fromS("p"));
      item.put("name", AttributeValue.fromS(key));
      item.put("payload", AttributeValue.fromS("foreign"));
      item.put("f0", AttributeValue.fromS("theirs"));
      long version = kind.equals("near-max") ? Long.MAX_VALUE - 1 : 7;
      item.put("version", AttributeValue.fromN(Long.toString(version)));
      BigDecimal expires = null;
      AttributeValue raw = switch (kind) {
        case "text-expiry" -> AttributeValue.fromS(Long.toString(now.getEpochSecond() - 10));
        case "null-expiry" -> AttributeValue.fromNul(true);
        case "decimal-expiry" -> AttributeValue.fromN(now.getEpochSecond() + 1 + ".5");
        default -> null;
      };
      if (raw != null) {
        item.put("expires", raw);
        if (raw.n() != null) {
          expires = new BigDecimal(raw.n());
        }
      }
      client.putItem(put -> put.tableName(context.table().name()).item(item));
      context.model().items.put(key, new Expected("foreign", Map.of("f0", "theirs"), version, expires, raw));
      context.model().tokens.remove(key);
      context.checkKey(key);
    }
  }

  /** Reads every page of the partition with a small limit: exactly the live items, in key order, each as stored. */
  record ListAll(int limit) implements Step {
    @Override
    public void apply(Context context) {
      List<String> listed = new ArrayList<>();
      String token = null;
      for (int pages = 0; pages < 20; pages++) {
        KVPage page = token == null ? context.partition().listPage("", withLimit(limit), consistent())
            : context.partition().listPage("", withLimit(limit), consistent(), withStartKey(token));
        for (KVPair item : page.items()) {
          listed.add(item.key());
          context.assertMatches(item, context.model().live(item.key(), context.now()));
        }
        token = page.lastKey().orElse(null);
        if (token == null) {
          break;
        }
      }
      List<String> expected = KEYS.stream().filter(key -> context.model().live(key, context.now()) != null).toList();
      assertThat(listed).as("listed at %s", context.now()).isEqualTo(expected);
    }
  }

  // ------------------------------------------------------------------------------------------- generators

  @Provide
  Arbitrary<List<Step>> histories() {
    Arbitrary<String> keys = Arbitraries.of(KEYS);
    Arbitrary<String> values = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6);
    Arbitrary<Map<String, String>> set = Arbitraries.maps(Arbitraries.of(FIELDS), values).ofMaxSize(2);
    Arbitrary<Set<String>> removed = Arbitraries.of(FIELDS).set().ofMaxSize(2);
    Arbitrary<Expiry> expiry = Combinators.combine(Arbitraries.of("keep", "keep", "ttl", "clear"),
        Arbitraries.longs().between(1, 3000)).as(Expiry::new);
    Arbitrary<Step> put = Combinators.combine(keys, values, set, removed, expiry)
        .as((k, v, s, r, e) -> new Put(k, v, s, without(r, s), e));
    Arbitrary<Step> create = Combinators.combine(keys, values, set, expiry).as(Create::new);
    // mostly from the latest pair seen; sometimes from an older one (a stale read, or an earlier incarnation)
    Arbitrary<Integer> back = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 4)));
    Arbitrary<Step> swap = Combinators.combine(keys, values, set, removed, expiry, back)
        .as((k, v, s, r, e, b) -> new CompareAndSwap(k, v, s, without(r, s), e, b));
    Arbitrary<Step> versionedDelete = Combinators.combine(keys, back).as(VersionedDelete::new);
    Arbitrary<Step> delete = keys.map(Delete::new);
    Arbitrary<Step> advance = Combinators.combine(Arbitraries.longs().between(1, 2500),
        Arbitraries.of("by", "by", "before", "at")).as(Advance::new);
    Arbitrary<Step> foreign = Combinators.combine(keys,
        Arbitraries.of("text-expiry", "null-expiry", "decimal-expiry", "near-max")).as(ForeignWrite::new);
    Arbitrary<Step> list = Arbitraries.integers().between(1, 3).map(ListAll::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, put), net.jqwik.api.Tuple.of(3, create), net.jqwik.api.Tuple.of(4, swap),
        net.jqwik.api.Tuple.of(1, versionedDelete), net.jqwik.api.Tuple.of(1, delete),
        net.jqwik.api.Tuple.of(3, advance), net.jqwik.api.Tuple.of(1, foreign), net.jqwik.api.Tuple.of(1, list))
        .list().ofMinSize(10).ofMaxSize(30);
  }

  private static Set<String> without(Set<String> removed, Map<String, String> set) {
    Set<String> result = new java.util.HashSet<>(removed);
    result.removeAll(set.keySet());
    return result;
  }

  private static WriteOption[] options(String value, Map<String, String> set, Set<String> removed, Expiry expiry) {
    List<WriteOption> options = new ArrayList<>();
    options.add(withString(value));
    if (!set.isEmpty()) {
      Map<String, AttributeValue> fields = new LinkedHashMap<>();
      set.forEach((name, text) -> fields.put(name, AttributeValue.fromS(text)));
      options.add(withFields(fields));
    }
    if (!removed.isEmpty()) {
      options.add(withoutFields(removed.toArray(String[]::new)));
    }
    if (expiry.option() != null) {
      options.add(expiry.option());
    }
    return options.toArray(WriteOption[]::new);
  }

  private static BigDecimal seconds(Instant instant) {
    return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
  }

  private static void count(String kind) {
    counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
  }
}
