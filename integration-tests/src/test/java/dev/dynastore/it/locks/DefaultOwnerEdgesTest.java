package dev.dynastore.it.locks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.locks.LockOptions;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * The default owner asks InetAddress.getLocalHost(), which resolves the host name (seconds on hosts whose name
 * DNS does not know: some containers, VPC resolvers under load, macOS). The JDK 17 test JVM has no resolver SPI, so a
 * SecurityManager stands in for a slow resolver: getLocalHost() calls checkConnect(host, -1) before it resolves.
 */
@SuppressWarnings("removal") // SecurityManager, as a stand-in for a slow resolver
@EnabledForJreRange(max = JRE.JAVA_17, disabledReason = "needs a SecurityManager, which JDK 18+ refuses to install")
class DefaultOwnerEdgesTest {
  /**
   * Was a defect: LockOptions' static DEFAULTS = builder().build() computes a default owner when the class is
   * initialized, so even options with an explicit owner (and every Locks made through table.locks(...)) pay a host
   * name lookup, on the first use of the class: on Lambda, in the cold start. Each build() without an owner looks
   * up again.
   */
  @Test
  void optionsWithAnExplicitOwnerDoNotLookUpTheHostName() throws Exception {
    URL runtime = LockOptions.class.getProtectionDomain().getCodeSource().getLocation();
    List<String> lookups = Collections.synchronizedList(new ArrayList<>());
    SecurityManager previous = System.getSecurityManager();
    SecurityManager slowResolver = new SecurityManager() {
      @Override
      public void checkPermission(Permission permission) {}

      @Override
      public void checkPermission(Permission permission, Object context) {}

      @Override
      public void checkConnect(String host, int port) {
        if (port == -1 && Thread.currentThread().getName().equals(testThread)) {
          lookups.add(host);
          if (lookups.size() > 1) {
            return; // getHostName() on the result checks again, but does not resolve again
          }
          try {
            Thread.sleep(1_000); // a slow resolver
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
    };
    long start = System.nanoTime();
    try (URLClassLoader fresh = new URLClassLoader(new URL[] {runtime}, ClassLoader.getPlatformClassLoader())) {
      testThread = Thread.currentThread().getName();
      System.setSecurityManager(slowResolver);
      Class<?> options = Class.forName("dev.dynastore.locks.LockOptions", true, fresh); // a JVM's first use
      Object builder = options.getMethod("builder").invoke(null);
      builder = builder.getClass().getMethod("owner", String.class).invoke(builder, "worker-1");
      Object built = builder.getClass().getMethod("build").invoke(builder);
      assertThat(built.toString()).contains("owner worker-1");
    } finally {
      System.setSecurityManager(previous);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(lookups).as("host name lookups for options with an explicit owner (took %d ms)", millis).isEmpty();
  }

  private static volatile String testThread;
}
