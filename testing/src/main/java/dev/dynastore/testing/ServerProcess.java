package dev.dynastore.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server started as a child process: drains its output, waits until it is ready, and makes sure it dies
 * with us. Three guards against orphans: {@link #close()}, a JVM shutdown hook, and the child's own watch on
 * its standard input, which ends when this JVM ends, however it ends.
 */
final class ServerProcess implements AutoCloseable {
  private static final int KEPT_OUTPUT_LINES = 40;

  private final String label;
  private final Process process;
  private final Deque<String> recentOutput = new ArrayDeque<>();
  private final Thread shutdownHook;

  private ServerProcess(String label, Process process) {
    this.label = label;
    this.process = process;
    this.shutdownHook = new Thread(this::stop, label + "-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    Thread drain = new Thread(this::drainOutput, label + "-output");
    drain.setDaemon(true);
    drain.start();
  }

  static ServerProcess start(String label, List<String> command, Path workingDirectory) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workingDirectory.toFile())
        .redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.PIPE);
    return new ServerProcess(label, builder.start());
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for an output line matching {@code ready}; returns the match. */
  Matcher awaitOutput(Pattern ready, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (recentOutput) {
      while (true) {
        for (String line : recentOutput) {
          Matcher matcher = ready.matcher(line);
          if (matcher.find()) {
            return matcher;
          }
        }
        long left = deadline - System.nanoTime();
        if (!process.isAlive() || left <= 0) {
          throw new IllegalStateException(label + (process.isAlive() ? " did not start within " + timeout
              : " exited with code " + process.exitValue()) + "; its last output:\n" + recentOutputText());
        }
        try {
          recentOutput.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for " + label, e);
        }
      }
    }
  }

  /** Waits until the port accepts connections. */
  void awaitPort(String host, int port, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), 200);
        return;
      } catch (IOException notYet) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException(label + (process.isAlive() ? " did not open port " + port + " within "
              + timeout : " exited with code " + process.exitValue()) + "; its last output:\n"
              + recentOutputText());
        }
        sleep(Duration.ofMillis(50));
      }
    }
  }

  String recentOutputText() {
    synchronized (recentOutput) {
      return String.join("\n", recentOutput);
    }
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: nothing left to remove
    }
  }

  private void stop() {
    List<ProcessHandle> tree = process.descendants().toList();
    try {
      process.getOutputStream().close(); // the child's stdin watch ends it, and it reaps its own children
    } catch (IOException ignored) {
      // already closed
    }
    try {
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private void drainOutput() {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        synchronized (recentOutput) {
          if (recentOutput.size() == KEPT_OUTPUT_LINES) {
            recentOutput.removeFirst();
          }
          recentOutput.addLast(line);
          recentOutput.notifyAll();
        }
      }
    } catch (IOException e) {
      // the process ended
    } finally {
      synchronized (recentOutput) {
        recentOutput.notifyAll();
      }
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted", e));
    }
  }
}
