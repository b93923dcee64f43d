package dev.dynastore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * A Dynastore session: a DynamoDB client, the clock that decides expiry, request hooks and the paging-token
 * key. Sessions are immutable and thread-safe; build one per client and share it.
 *
 * <pre>{@code
 * Dynastore store = Dynastore.builder().client(DynamoDbClient.create()).build();
 * Partition customers = store.table("CRMTable").partition("customers");
 * KVPair created = customers.atomicPut("01FCF...", withString(json));
 * }</pre>
 *
 * <p>This is the Go library's {@code Session}: {@link #table} gives a {@link Table}, {@link Table#partition}
 * a {@link Partition}. Unlike the Enhanced Client's {@code DynamoDbTable}, every write is versioned and
 * retry-safe, and expired items are hidden by the session's clock rather than left to DynamoDB's lazy TTL
 * sweeper.
 */
public final class Dynastore {
  private final DynamoDbClient client;
  private final Clock clock;
  private final List<RequestHook> hooks;
  private final PageTokens pageTokens;
  /** Which entity type stores its items under each partition name of each table, in this process. */
  private final ConcurrentMap<String, String> partitionOwners = new ConcurrentHashMap<>();

  private Dynastore(Builder builder) {
    this.client = Objects.requireNonNull(builder.client, "client == null: call builder().client(dynamoDbClient)");
    this.clock = builder.clock;
    this.hooks = List.copyOf(builder.hooks);
    this.pageTokens = new PageTokens(builder.pageTokenKey);
  }

  /** A builder; {@link Builder#client} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A table of this session. Cheap: no request is made. */
  public Table table(String name) {
    return new Table(this, name);
  }

  /** The client requests go through. */
  public DynamoDbClient client() {
    return client;
  }

  /** The clock that decides expiry and computes TTLs. */
  public Clock clock() {
    return clock;
  }

  PageTokens pageTokens() {
    return pageTokens;
  }

  /**
   * Claims a partition name of a table for an entity type (named by its schema class): two types storing items
   * under one name would read and overwrite each other's items. The processor refuses that within one
   * compilation; this catches types compiled apart, when both are used in one process.
   *
   * @throws IllegalStateException if another type claimed the name
   */
  void claimPartition(String table, String partition, String owner) {
    String before = partitionOwners.putIfAbsent(table + '\u0000' + partition, owner);
    if (before != null && !before.equals(owner)) {
      throw new IllegalStateException(before + " and " + owner + " both store their items under the partition name \""
          + partition + "\" in table " + table + ": their items would mix in listings and overwrite each other;"
          + " give each type its own @Partition name");
    }
  }

  void requestBuilt(String operation, DynamoDbRequest request) {
    for (RequestHook hook : hooks) {
      hook.requestBuilt(operation, request);
    }
  }

  /** Builds a {@link Dynastore}. */
  public static final class Builder {
    private DynamoDbClient client;
    private Clock clock = Clock.systemUTC();
    private final List<RequestHook> hooks = new ArrayList<>();
    private byte[] pageTokenKey = PageTokens.DEFAULT_KEY;

    private Builder() {}

    /** The DynamoDB client; the session does not close it. */
    public Builder client(DynamoDbClient client) {
      this.client = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /** The clock that decides expiry; the system UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Adds a hook that sees every request before it is sent. */
    public Builder addRequestHook(RequestHook hook) {
      hooks.add(Objects.requireNonNull(hook, "hook == null"));
      return this;
    }

    /**
     * The key (16 bytes or more) that signs paging tokens. All instances serving one listing must share it.
     * The default is public; set a secret when tokens cross a trust boundary.
     */
    public Builder pageTokenKey(byte[] key) {
      Objects.requireNonNull(key, "key == null");
      if (key.length < 16) {
        throw new IllegalArgumentException("a page token key needs at least 16 bytes, got " + key.length);
      }
      this.pageTokenKey = key.clone();
      return this;
    }

    /** The session. */
    public Dynastore build() {
      return new Dynastore(this);
    }
  }
}
