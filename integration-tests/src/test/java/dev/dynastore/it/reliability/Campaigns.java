package dev.dynastore.it.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** What the campaigns share: their size switch and where they write the figures RELIABILITY.md quotes. */
final class Campaigns {
  /** {@code -Dsoak}: the full sizes, outside {@code mvn verify}'s quick default. */
  static final boolean SOAK = Boolean.getBoolean("soak");

  private Campaigns() {}

  /** Appends one line of figures to {@code target/reliability/<file>}, and prints it. */
  static void record(String file, String format, Object... args) throws IOException {
    String line = String.format(format, args) + (SOAK ? " [soak]" : "") + System.lineSeparator();
    Path results = Path.of("target", "reliability", file);
    Files.createDirectories(results.getParent());
    Files.writeString(results, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.out.print("[campaign] " + line);
  }
}
