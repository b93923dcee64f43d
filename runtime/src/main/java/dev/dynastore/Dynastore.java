package dev.dynastore;

import dev.dynastore.internal.DefaultTable;
import dev.dynastore.internal.DefaultTransaction;
import dev.dynastore.internal.Session;
import dev.dynastore.internal.Snapshots;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A Dynastore session: a DynamoDB client, the clock that decides expiry, request hooks and the paging-token
 * key. Sessions are immutable and thread-safe; build one per client and share it.
 *
 * <pre>{@code
 * Dynastore store = Dynastore.builder().client(DynamoDbClient.create()).build();
 * KVPartition customers = store.table("CRMTable").partition("customers");
 * KVPair created = customers.atomicPut("01FCF...", withString(json));
 * }</pre>
 *
 * <p>This is the Go library's {@code Session}: {@link #table} gives a {@link Table}, {@link Table#partition}
 * a {@link dev.dynastore.kv.KVPartition}. Unlike the Enhanced Client's {@code DynamoDbTable}, every write is versioned and
 * retry-safe, and expired items are hidden by the session's clock rather than left to DynamoDB's lazy TTL
 * sweeper.
 */
public final class Dynastore {
  private final Session session;

  private Dynastore(Builder builder) {
    this.session = new Session(
        Objects.requireNonNull(builder.client, "client == null: call builder().client(dynamoDbClient)"),
        builder.clock, builder.hooks, builder.pageTokenKey, builder.listingParallelism);
  }

  /** A builder; {@link Builder#client} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A table of this session. Cheap: no request is made. */
  public Table table(String name) {
    return new DefaultTable(this, session, name);
  }

  /**
   * A transaction over this session's tables: actions added fluently, then committed as one
   * {@code TransactWriteItems} that applies all or none.
   */
  public Transaction transaction() {
    return new DefaultTransaction(session);
  }

  /**
   * Reads these entities together, as of one moment (one {@code TransactGetItems}, at most 100 keys, of any tables
   * of this session): {@code store.snapshot(customers.key("c1"), orders.key(7L))}.
   *
   * @throws TransactionConflictException if a transaction was writing one of them: read again
   */
  public Snapshot snapshot(EntityKey<?>... keys) {
    return Snapshots.read(session, keys);
  }

  /** The client requests go through. */
  public DynamoDbClient client() {
    return session.client();
  }

  /** The clock that decides expiry and computes TTLs. */
  public Clock clock() {
    return session.clock();
  }

  /** Builds a {@link Dynastore}. */
  public static final class Builder {
    private DynamoDbClient client;
    private Clock clock = Clock.systemUTC();
    private final List<RequestHook> hooks = new ArrayList<>();
    private byte[] pageTokenKey = Session.DEFAULT_PAGE_TOKEN_KEY;
    private int listingParallelism = 8;

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
     * The secret (16 bytes or more) from which paging tokens' encryption and authentication keys are derived. All
     * instances serving one listing must share it. The default is public, so anyone can read and forge tokens made
     * with it: set a secret when tokens cross a trust boundary.
     */
    public Builder pageTokenKey(byte[] key) {
      Objects.requireNonNull(key, "key == null");
      if (key.length < 16) {
        throw new IllegalArgumentException("a page token key needs at least 16 bytes, got " + key.length);
      }
      this.pageTokenKey = key.clone();
      return this;
    }

    /**
     * How many shards of a sharded partition ({@code @Partition(shards = ...)}) a listing reads at once, on the
     * session's own daemon threads; 8 by default, 1 to read them one after another on the caller's thread.
     */
    public Builder listingParallelism(int parallelism) {
      if (parallelism < 1) {
        throw new IllegalArgumentException("listingParallelism must be at least 1, was " + parallelism);
      }
      this.listingParallelism = parallelism;
      return this;
    }

    /** The session. */
    public Dynastore build() {
      return new Dynastore(this);
    }
  }
}
