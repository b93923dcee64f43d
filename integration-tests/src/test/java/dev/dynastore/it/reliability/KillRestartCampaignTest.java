package dev.dynastore.it.reliability;

import static dev.dynastore.kv.ReadOption.consistent;
import static dev.dynastore.kv.WriteOption.withString;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Dynastore;
import dev.dynastore.DynastoreException;
import dev.dynastore.OutcomeUnknownException;
import dev.dynastore.kv.KVPartition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The server dies mid-load: dynalite keeping its data on disk ({@code path}) is killed with SIGKILL while four
 * threads create items, then started again on the same path and port. Every write acknowledged before, during or
 * after is there afterwards; writes in flight fail with a Dynastore exception (unavailable, or unknown when the answer
 * was lost), never a raw SDK one; and the same client recovers once the server is back. dynalite only: it is the
 * server this test can kill (an endpoint in DYNASTORE_ENDPOINT cannot be).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@EnabledIfSystemProperty(named = "dynastore.backend", matches = "dynalite",
    disabledReason = "it starts and kills a dynalite of its own: once per build, in the dynalite run")
class KillRestartCampaignTest {
  private static final Pattern READY = Pattern.compile("DYNALITE_READY (\\d+)");
  private static final String SCRIPT = String.join("\n",
      "const dynalite = require(process.argv[1]);",
      "const server = dynalite({path: process.argv[2], createTableMs: 0, deleteTableMs: 0, updateTableMs: 0});",
      "server.listen(Number(process.argv[3]), '127.0.0.1', () => console.log('DYNALITE_READY ' + server.address().port));",
      "process.stdin.on('end', () => process.exit(0));",
      "process.stdin.resume();");

  @Test
  void everyAcknowledgedWriteSurvivesAServerKilledAndRestarted(@TempDir Path data) throws Exception {
    Process server = start(data, 0);
    int port = port(server);
    Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
    List<String> unknown = Collections.synchronizedList(new ArrayList<>());
    List<String> rawFailures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger afterRestart = new AtomicInteger();
    AtomicBoolean restarted = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    try (DynamoDbClient client = DynamoDbClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + port))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(5)).build())
        .build()) {
      Dynastore store = Dynastore.builder().client(client).build();
      store.table("KillRestart").createIfMissing();
      KVPartition items = store.table("KillRestart").partition("writes");
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        writers.add(pool.submit(() -> {
          for (int i = 0; !stop.get(); i++) {
            String key = "w" + thread + "-" + i;
            boolean back = restarted.get();
            try {
              items.atomicPut(key, withString(key));
              acknowledged.put(key, true);
              if (back) {
                afterRestart.incrementAndGet();
              }
            } catch (OutcomeUnknownException ambiguous) {
              unknown.add(key);
            } catch (DynastoreException notApplied) {
              failed.incrementAndGet();
            } catch (RuntimeException raw) {
              rawFailures.add(raw.toString());
            }
          }
          return null;
        }));
      }
      Thread.sleep(1500);
      int beforeKill = acknowledged.size();
      server.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no flush, no goodbye
      Thread.sleep(700); // writers meet a dead server
      server = start(data, port);
      port(server);
      restarted.set(true);
      Thread.sleep(1500);
      stop.set(true);
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();

      List<String> missing = new ArrayList<>();
      for (String key : acknowledged.keySet()) {
        if (items.get(key, consistent()).isEmpty()) {
          missing.add(key);
        }
      }
      int unknownStored = 0;
      for (String key : unknown) {
        unknownStored += items.get(key, consistent()).isPresent() ? 1 : 0;
      }
      assertThat(missing).as("acknowledged writes lost").isEmpty();
      assertThat(rawFailures).as("raw SDK exceptions").isEmpty();
      assertThat(failed.get() + unknown.size()).as("writes in flight failed while the server was down").isPositive();
      assertThat(afterRestart.get()).as("the client recovered").isPositive();
      record("dynalite killed (SIGKILL) under 4 writer threads after %d acknowledged creates, restarted on the same"
          + " path: %d acknowledged in all, all present afterwards; %d failed as unavailable, %d unknown (%d of them"
          + " stored); %d acknowledged after the restart; no raw SDK exception", beforeKill, acknowledged.size(),
          failed.get(), unknown.size(), unknownStored, afterRestart.get());
    } finally {
      server.destroyForcibly();
    }
  }

  private static Process start(Path data, int port) throws IOException {
    Path dynalite = Path.of("..", "node_modules", "dynalite").toAbsolutePath().normalize();
    Process process = new ProcessBuilder("node", "-e", SCRIPT, dynalite.toString(), data.toString(),
        Integer.toString(port)).redirectErrorStream(true).start();
    return process;
  }

  /** Waits for the server's ready line; its port. */
  private static int port(Process server) throws IOException {
    BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      Matcher ready = READY.matcher(line);
      if (ready.find()) {
        Thread drain = new Thread(() -> {
          try {
            while (output.readLine() != null) {
              // keep the pipe from filling
            }
          } catch (IOException gone) {
            // the server is gone
          }
        });
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(ready.group(1));
      }
      seen.append(line).append('\n');
    }
    throw new IllegalStateException("dynalite did not start: " + seen);
  }

  private static void record(String format, Object... args) throws IOException {
    Campaigns.record("kill-restart.txt", format, args);
  }
}
