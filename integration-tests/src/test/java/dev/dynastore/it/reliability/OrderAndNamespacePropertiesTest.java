package dev.dynastore.it.reliability;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Consistency;
import dev.dynastore.Dynastore;
import dev.dynastore.PageRequest;
import dev.dynastore.Table;
import dev.dynastore.kv.KVPair;
import dev.dynastore.testing.LocalDynamoDb;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Two more of the review's defect classes, generated. Sub-second order: negative and positive longs (the key), instants within one
 * second (0, 3, 6 or 9 fraction digits, as {@code Instant.toString()} writes them) and decimals of every scale
 * must list in their natural order, by key and through indexes. Namespaces: a tenant named like another
 * tenant, like a K/V partition, or like the type's stored partition with any separator, never sees the other's
 * items, and a K/V listing never sees a typed item (except in the partition that stores them, {@code
 * ticks#<tenant>}: the K/V API is the raw view of the layout). Figures in {@code target/reliability/order-and-namespaces.txt}.
 */
class OrderAndNamespacePropertiesTest {
  private static final Instant SECOND = Instant.parse("2026-11-26T12:00:20Z");

  private static LocalDynamoDb dynamo;
  private static DynamoDbClient client;
  private static Table table;
  private static TickRepository ticks;
  private static final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  @BeforeContainer
  static void start() {
    dynamo = LocalDynamoDb.fromEnvironment();
    client = dynamo.newClient();
    table = Dynastore.builder().client(client).build().table("order-" + UUID.randomUUID());
    ticks = new TickRepository(table);
    ticks.createTableIfMissing();
  }

  @AfterContainer
  static void stop() throws IOException {
    Campaigns.record("order-and-namespaces.txt", "%s (%s): %s", "checked", dynamo.backend(), new TreeMap<>(counts));
    client.close();
    dynamo.close();
  }

  @Property(tries = 40)
  void instantsLongsAndDecimalsListInTheirNaturalOrder(@ForAll("ticks") List<Tick> generated) {
    String series = "order-" + UUID.randomUUID();
    Map<Long, Tick> byN = new TreeMap<>();
    for (Tick tick : generated) {
      byN.put(tick.n(), new Tick(series, tick.n(), tick.at(), tick.amount()));
    }
    ticks.putAll(new ArrayList<>(byN.values()));
    PageRequest all = PageRequest.first(1000).consistent();

    assertThat(ticks.listing(series).stream(all).map(Tick::n)).as("by long, the key")
        .containsExactlyElementsOf(byN.keySet());
    assertThat(ticks.listing(series).stream(PageRequest.first(1000).consistent().descending()).map(Tick::n))
        .as("by long, reversed").containsExactlyElementsOf(byN.keySet().stream()
            .sorted(Comparator.reverseOrder()).toList());
    assertThat(ticks.byAt(series).stream(all).map(Tick::at)).as("by instant, an index")
        .containsExactlyElementsOf(byN.values().stream().map(Tick::at).sorted().toList());
    assertThat(ticks.byAmount(series).stream(all).map(Tick::amount)).as("by decimal, an index")
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyElementsOf(byN.values().stream().map(Tick::amount).sorted().toList());
    counts.computeIfAbsent("orderings", k -> new AtomicInteger()).incrementAndGet();
    counts.computeIfAbsent("items ordered", k -> new AtomicInteger()).addAndGet(byN.size());
  }

  @Property(tries = 40)
  void tenantsAndPartitionsNamedAlikeNeverSeeEachOthersItems(@ForAll("names") String name,
      @ForAll("separators") String separator) {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String tenant = name + unique;
    Set<String> otherTenants = Set.of(tenant + separator, separator + tenant, "ticks" + separator + tenant);
    List<String> lookAlikes = new ArrayList<>();
    for (String partition : List.of(tenant, tenant + separator, "ticks" + separator + tenant,
        "ticks" + separator + tenant + separator, tenant + separator + "ticks")) {
      // "ticks#<t>" itself is where tenant t's items are stored: the K/V API, the raw layer, sees them there
      if (!partition.equals("ticks#" + tenant) && otherTenants.stream().noneMatch(t -> partition.equals("ticks#" + t))) {
        lookAlikes.add(partition);
      }
    }
    Tick tick = new Tick(tenant, 1, SECOND, BigDecimal.ONE);
    ticks.put(tick);
    for (String partition : lookAlikes) {
      table.partition(partition).put("1", withString("kv"));
      table.partition(partition).put("k", withString("kv"));
    }
    for (String other : otherTenants) {
      ticks.put(new Tick(other, 2, SECOND.plusSeconds(1), BigDecimal.TEN));
    }

    assertThat(ticks.listing(tenant).stream(PageRequest.first(100).consistent())).as("the tenant's own items only")
        .containsExactly(tick);
    assertThat(ticks.get(tenant, 1, Consistency.STRONG).orElseThrow().value()).isEqualTo(tick);
    assertThat(ticks.get(tenant, 2, Consistency.STRONG)).as("another tenant's key").isEmpty();
    for (String partition : lookAlikes) {
      assertThat(table.partition(partition).listPage("", consistent()).items()).as("K/V partition %s", partition)
          .extracting(KVPair::stringValue).containsOnly("kv").hasSize(2);
    }
    counts.computeIfAbsent("tenant look-alikes", k -> new AtomicInteger()).addAndGet(lookAlikes.size() + 3);
  }

  @Provide
  Arbitrary<List<Tick>> ticks() {
    Arbitrary<Instant> instants = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 999).map(ms -> SECOND.plusMillis(ms)),
        Arbitraries.longs().between(0, 999_999_999).map(nanos -> SECOND.plusNanos(nanos)),
        Arbitraries.integers().between(0, 999_999).map(micros -> SECOND.plusNanos(micros * 1000L)),
        Arbitraries.longs().between(-3, 3).map(SECOND::plusSeconds));
    Arbitrary<Long> longs = Arbitraries.oneOf(Arbitraries.longs(),
        Arbitraries.longs().between(-20, 20), Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 9L, 10L));
    Arbitrary<BigDecimal> decimals = Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("-1E+20"), new BigDecimal("1E+20")).ofScale(6),
        Arbitraries.of("0.5", "-0.5", "0.05", "10", "9", "-10", "-9", "1E+30", "-1E+30", "1E-30", "0")
            .map(BigDecimal::new));
    return Combinators.combine(instants, longs, decimals).as((at, n, amount) -> new Tick("s", n, at, amount))
        .list().ofMinSize(2).ofMaxSize(25)
        .uniqueElements(Tick::n).uniqueElements(Tick::at)
        .uniqueElements(tick -> tick.amount().stripTrailingZeros());
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(Arbitraries.of("ticks", "", "#", "a#b", "ticks#", "/", ":", "|", "%23"),
        Arbitraries.strings().withChars("#/:|.%-_ab").ofMaxLength(6));
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("#", "/", ":", "|", "##", "\u0000");
  }
}
