package dev.dynastore.internal;

import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.RequestHook;
import dev.dynastore.RequestResult;
import dev.dynastore.kv.Index;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * What every table of a {@link dev.dynastore.Dynastore} session shares: the client, the clock, the request hooks,
 * the paging-token keys, and which entity type owns each partition name. Internal: no compatibility promise.
 */
public final class Session {
  /** Each request at debug level: its operation, outcome, latency and cost. Nothing at info on this path. */
  private static final org.slf4j.Logger REQUESTS = org.slf4j.LoggerFactory.getLogger("dev.dynastore.requests");
  /** The public default page-token key: tokens are checked, but anyone who reads this source can forge them. */
  public static final byte[] DEFAULT_PAGE_TOKEN_KEY =
      "dynastore page token key, v1 (public default)".getBytes(StandardCharsets.UTF_8);

  private final DynamoDbClient client;
  /** The client's own metric publishers, which a hooked read's {@link ReadAttempts} must not displace. */
  private final List<software.amazon.awssdk.metrics.MetricPublisher> clientPublishers;
  private final Clock clock;
  private final List<RequestHook> hooks;
  private final PageTokens pageTokens;
  /** Which entity type stores its items under each partition name of each table, in this process. */
  private final ConcurrentMap<String, String> partitionOwners = new ConcurrentHashMap<>();
  /** The indexes each table's entity types declare, in this process: what a repository's table creation makes. */
  private final ConcurrentMap<String, List<Index>> declaredIndexes = new ConcurrentHashMap<>();

  /** How many requests a merged listing sends at once. */
  private final int listingParallelism;
  /** Threads for merged listings' reads, made at the first; idle ones end after a minute. */
  private volatile ThreadPoolExecutor listingThreads;
  /**
   * Each table and partition name whose shard count was checked against the table's record, and whether the
   * record exists (a sharded type's is written by its first write).
   */
  private final ConcurrentMap<String, Boolean> checkedShardCounts = new ConcurrentHashMap<>();

  public Session(DynamoDbClient client, Clock clock, List<RequestHook> hooks, byte[] pageTokenKey,
      int listingParallelism) {
    this.client = client;
    this.clientPublishers = hooks.isEmpty() ? List.of() : metricPublishersOf(client);
    this.clock = clock;
    this.hooks = List.copyOf(hooks);
    this.pageTokens = new PageTokens(pageTokenKey);
    this.listingParallelism = listingParallelism;
  }

  /** The client's metric publishers; none for a client that does not say (a wrapper, a stub). */
  private static List<software.amazon.awssdk.metrics.MetricPublisher> metricPublishersOf(DynamoDbClient client) {
    try {
      return List.copyOf(client.serviceClientConfiguration().overrideConfiguration().metricPublishers());
    } catch (UnsupportedOperationException | NullPointerException unknown) {
      return List.of();
    }
  }

  /**
   * Runs the calls, at most {@code listingParallelism} at once, and returns their results in order; the first
   * failure is thrown once all have ended.
   */
  <R> List<R> inParallel(List<Callable<R>> calls) {
    if (calls.size() == 1 || listingParallelism == 1) {
      List<R> results = new ArrayList<>(calls.size());
      for (Callable<R> call : calls) {
        results.add(callUnchecked(call));
      }
      return results;
    }
    List<Future<R>> futures = new ArrayList<>(calls.size());
    for (Callable<R> call : calls) {
      futures.add(listingThreads().submit(call));
    }
    List<R> results = new ArrayList<>(calls.size());
    RuntimeException failure = null;
    boolean interrupted = false;
    for (Future<R> future : futures) {
      try {
        results.add(future.get());
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
          throw error;
        }
        RuntimeException thrown = cause instanceof RuntimeException runtime ? runtime
            : new IllegalStateException(cause);
        failure = failure == null ? thrown : failure;
        results.add(null);
      } catch (InterruptedException e) {
        interrupted = true;
        future.cancel(true);
        failure = failure == null ? new IllegalStateException("interrupted while listing shards", e) : failure;
        results.add(null);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw failure;
    }
    return results;
  }

  private static <R> R callUnchecked(Callable<R> call) {
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ThreadPoolExecutor listingThreads() {
    ThreadPoolExecutor threads = listingThreads;
    if (threads == null) {
      synchronized (this) {
        threads = listingThreads;
        if (threads == null) {
          AtomicInteger count = new AtomicInteger();
          threads = new ThreadPoolExecutor(listingParallelism, listingParallelism, 60, TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "dynastore-listing-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
          threads.allowCoreThreadTimeOut(true);
          listingThreads = threads;
        }
      }
    }
    return threads;
  }

  /**
   * Whether the shard count of {@code partition} in {@code table} was checked: null if not, else whether the table
   * records it.
   */
  Boolean shardCountChecked(String table, String partition) {
    return checkedShardCounts.get(table + '\u0000' + partition);
  }

  /** Records that the shard count of {@code partition} in {@code table} was checked, and whether it is recorded. */
  void shardCountChecked(String table, String partition, boolean recorded) {
    checkedShardCounts.merge(table + '\u0000' + partition, recorded, Boolean::logicalOr);
  }

  public DynamoDbClient client() {
    return client;
  }

  public Clock clock() {
    return clock;
  }

  PageTokens pageTokens() {
    return pageTokens;
  }

  /** Sends one request on behalf of no entity type: as {@link #send(String, Class, DynamoDbRequest, Function)}. */
  <Q extends DynamoDbRequest, R extends DynamoDbResponse> R send(String operation, Q request, Function<Q, R> call) {
    return send(operation, null, request, call);
  }

  /**
   * Sends one request through {@code call}, for the repository of {@code entityType} (null: none): the hooks see it
   * built, then finished with its response or failure, its latency, its attempts and its cost. Without hooks (and
   * without debug logging) it is the call alone. With hooks, a request that carries no {@link AttemptLog} (a read)
   * is sent with a {@link ReadAttempts} metric publisher, so that its attempts are counted.
   */
  <Q extends DynamoDbRequest, R extends DynamoDbResponse> R send(String operation, Class<?> entityType, Q request,
      Function<Q, R> call) {
    if (hooks.isEmpty() && !REQUESTS.isDebugEnabled()) {
      return call.apply(request);
    }
    AttemptCounts attempts = AttemptLog.of(request);
    Q sent = request;
    if (attempts == null) {
      // a read: the SDK's metrics of the call count its attempts (logging alone: the SDK's own count on failure)
      ReadAttempts reads = new ReadAttempts();
      attempts = reads;
      sent = hooks.isEmpty() ? request : reads.attachTo(request, clientPublishers);
    }
    long start = System.nanoTime();
    for (int i = 0; i < hooks.size(); i++) {
      try {
        hooks.get(i).requestBuilt(operation, sent);
      } catch (RuntimeException refused) {
        // the request is not sent: the hooks that saw it built see it finish, failed, so that they stay paired
        RequestResult result = RequestResult.failed(entityType, refused, Duration.ofNanos(System.nanoTime() - start),
            0, 0);
        finished(hooks.subList(0, i), operation, sent, result, refused);
        throw refused;
      }
    }
    start = System.nanoTime();
    R response;
    try {
      response = call.apply(sent);
    } catch (RuntimeException failure) {
      finished(hooks, operation, sent, RequestResult.failed(entityType, failure,
          Duration.ofNanos(System.nanoTime() - start), attempts.attempts(failure), attempts.throttledAttempts(failure)),
          failure);
      throw failure;
    }
    finished(hooks, operation, sent, RequestResult.answered(entityType, response,
        Duration.ofNanos(System.nanoTime() - start), attempts.attempts(null), attempts.throttledAttempts(null)), null);
    return response;
  }

  private static void finished(List<RequestHook> seen, String operation, DynamoDbRequest request,
      RequestResult result, RuntimeException failure) {
    if (REQUESTS.isDebugEnabled()) {
      REQUESTS.debug(describe(operation, result));
    }
    // in the reverse of the order they saw the request built: a hook that opens a scope (a span) closes it after
    // the hooks it wraps closed theirs
    for (int i = seen.size() - 1; i >= 0; i--) {
      RequestHook hook = seen.get(i);
      try {
        hook.requestFinished(operation, request, result);
      } catch (RuntimeException e) {
        if (failure != null) {
          failure.addSuppressed(e);
        } else {
          // the request was answered: its outcome stands, and the hook's failure must not pass for the operation's
          Thread thread = Thread.currentThread();
          thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
        }
      }
    }
  }

  /**
   * The debug line of a finished request: {@code Put answered in 3 ms (0.0 read, 1.0 write units)}, naming the entity
   * type ({@code AtomicPut of Reading ...}) when there is one and the attempts ({@code after 2 attempts, 1 throttled})
   * when there were several.
   */
  static String describe(String operation, RequestResult result) {
    StringBuilder line = new StringBuilder(operation);
    if (result.entityType() != null) {
      line.append(" of ").append(result.entityType().getSimpleName());
    }
    line.append(result.succeeded() ? " answered" : " failed: " + result.failure())
        .append(" in ").append(result.latency().toMillis()).append(" ms");
    if (result.attempts() > 1) {
      line.append(" after ").append(result.attempts()).append(" attempts");
      if (result.throttledAttempts() > 0) {
        line.append(", ").append(result.throttledAttempts()).append(" throttled");
      }
    }
    return line.append(" (").append(result.readUnits()).append(" read, ").append(result.writeUnits())
        .append(" write units)").toString();
  }

  /**
   * Tells every hook of an unknown outcome; a hook's exception is added to {@code unknown} as suppressed, so that the
   * caller still learns the outcome.
   */
  void outcomeUnknown(String operation, Class<?> entityType, OutcomeUnknownException unknown) {
    for (RequestHook hook : hooks) {
      try {
        hook.outcomeUnknown(operation, entityType, unknown);
      } catch (RuntimeException e) {
        unknown.addSuppressed(e);
      }
    }
  }

  /** Records that an entity type with these indexes is stored in the table, for {@link #declaredIndexes}. */
  void declareIndexes(String table, List<Index> indexes) {
    declaredIndexes.computeIfAbsent(table, k -> new CopyOnWriteArrayList<>()).addAll(indexes);
  }

  /** The indexes of every entity type whose repository this session made over the table so far. */
  List<Index> declaredIndexes(String table) {
    return List.copyOf(declaredIndexes.getOrDefault(table, new CopyOnWriteArrayList<>()));
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
}
