package dev.dynastore.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts dynalite with Node on a free loopback port. The script asks the OS for the port (port 0), so two
 * builds never race for one, and exits when its standard input closes, so it never outlives this JVM.
 * Tables become ACTIVE at once ({@code createTableMs: 0}): with dynalite's default of 500 ms the SDK's table
 * waiter would sleep its 20 s poll interval.
 */
final class DynaliteLauncher {
  /** System property naming the folder that holds {@code node_modules/dynalite}. */
  static final String HOME_PROPERTY = "dynastore.dynalite.home";

  private static final Pattern READY = Pattern.compile("DYNALITE_READY (\\d+)");
  /**
   * dynalite 4.0.0 rethrows the error of a request its client cut off (a process killed mid-request) and dies
   * (architect/dynalite#183): the guard logs that error instead, so that a test killing a client cannot take the
   * server down for every test after it. Any other uncaught error still ends dynalite.
   */
  private static final String SCRIPT = String.join("\n",
      "process.on('uncaughtException', e => {",
      "  if (e && (e.code === 'ECONNRESET' || e.message === 'aborted')) {",
      "    console.log('dynalite: a request was cut off by its client: ' + e.message); return;",
      "  }",
      "  console.error(e); process.exit(1);",
      "});",
      "const dynalite = require(process.argv[1]);",
      "const ms = Number(process.argv[2]);",
      "const server = dynalite({createTableMs: ms, deleteTableMs: ms, updateTableMs: ms});",
      "server.listen(0, '127.0.0.1', () => console.log('DYNALITE_READY ' + server.address().port));",
      "process.stdin.on('end', () => process.exit(0));",
      "process.stdin.on('error', () => process.exit(0));",
      "process.stdin.resume();");

  private DynaliteLauncher() {}

  static LocalDynamoDb start() {
    return start(Duration.ZERO);
  }

  /** dynalite, its tables taking {@code tableStateChanges} to become active, be deleted or be updated. */
  static LocalDynamoDb start(Duration tableStateChanges) {
    Path node = Executables.onPath("node").orElseThrow(() -> new BackendUnavailableException(Backend.DYNALITE,
        "Node.js is not on the PATH: install Node.js 20 or newer to run dynalite, the local DynamoDB."));
    Path dynalite = findDynalite();
    try {
      ServerProcess server = ServerProcess.start("dynalite",
          List.of(node.toString(), "-e", SCRIPT, dynalite.toString(),
              Long.toString(tableStateChanges.toMillis())), dynalite.getParent());
      try {
        Matcher ready = server.awaitOutput(READY, Duration.ofSeconds(30));
        int port = Integer.parseInt(ready.group(1));
        return new LocalDynamoDb(Backend.DYNALITE, LocalDynamoDb.loopback(port), server::close,
            "dynalite (pid " + server.pid() + ")");
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
    } catch (IOException e) {
      throw new BackendUnavailableException(Backend.DYNALITE, "could not start " + node + ": " + e.getMessage(), e);
    }
  }

  private static Path findDynalite() {
    String home = System.getProperty(HOME_PROPERTY);
    Path project = home != null && !home.isBlank() ? Path.of(home) : Executables.nearestNpmProject().orElse(null);
    if (project != null) {
      Path dynalite = project.resolve("node_modules").resolve("dynalite");
      if (Files.isRegularFile(dynalite.resolve("package.json"))) {
        return dynalite.toAbsolutePath();
      }
    }
    String where = project == null ? "your project's root" : project.toString();
    throw new BackendUnavailableException(Backend.DYNALITE, "dynalite, the local DynamoDB, is not installed: run `npm"
        + " install --save-dev dynalite@4.0.0` in " + where + " (or `npm ci` where a package-lock.json names it), or"
        + " set -D" + HOME_PROPERTY + " to a folder whose node_modules has it, or set "
        + LocalDynamoDb.ENDPOINT_VARIABLE + " to test against another DynamoDB.");
  }
}
