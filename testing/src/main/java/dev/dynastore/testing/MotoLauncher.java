package dev.dynastore.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Starts moto's {@code moto_server} on a free loopback port. A small shell wrapper kills it when its
 * standard input closes, so it never outlives this JVM.
 */
final class MotoLauncher {
  private static final String WRAPPER =
      "\"$0\" -H 127.0.0.1 -p \"$1\" & child=$!; cat > /dev/null; kill \"$child\" 2>/dev/null; wait \"$child\"";

  private MotoLauncher() {}

  /** Why moto cannot run here, or null when it can. */
  static String unavailableReason() {
    return Executables.onPath("moto_server").isPresent() ? null
        : "moto_server is not on the PATH: install it with `pip install \"moto[server]\"` to run the moto backend.";
  }

  static LocalDynamoDb start() {
    String reason = unavailableReason();
    if (reason != null) {
      throw new BackendUnavailableException(Backend.MOTO, reason);
    }
    Path motoServer = Executables.onPath("moto_server").orElseThrow();
    IOException lastFailure = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = freePort();
      try {
        ServerProcess server = ServerProcess.start("moto_server",
            List.of("sh", "-c", WRAPPER, motoServer.toString(), Integer.toString(port)), Path.of("").toAbsolutePath());
        try {
          server.awaitPort("127.0.0.1", port, Duration.ofSeconds(60));
          return new LocalDynamoDb(Backend.MOTO, LocalDynamoDb.loopback(port), server::close,
              "moto_server (pid " + server.pid() + ")");
        } catch (IllegalStateException e) {
          server.close();
          if (attempt == 2) {
            throw e;
          }
        }
      } catch (IOException e) {
        lastFailure = e;
      }
    }
    throw new BackendUnavailableException(Backend.MOTO, "could not start moto_server", lastFailure);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free loopback port", e);
    }
  }
}
