package dev.dynastore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;

/** Write tokens: 16 random bytes each, never repeated, not even by clones of one snapshot. */
class WriteTokensTest {

  @Test
  void tokensAreSixteenBytesAndUnique() {
    Set<SdkBytes> seen = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      SdkBytes token = WriteTokens.next();
      assertThat(token.asByteArrayUnsafe()).hasSize(16);
      assertThat(seen.add(token)).isTrue();
    }
  }

  @Test
  void twoClonesOfOneSnapshotMakeDifferentTokens() throws ReflectiveOperationException {
    // after a Lambda SnapStart or CRaC restore, every clone resumes ThreadLocalRandom from the same seed: restoring
    // the seed here replays what a second clone would do, and its token must differ from the first clone's
    ThreadLocalRandom.current().nextInt(); // the thread's generator is initialised
    // (sun.misc.Unsafe through reflection: the seed is a private field of Thread)
    Class<?> unsafeType = Class.forName("sun.misc.Unsafe");
    Field unsafeField = unsafeType.getDeclaredField("theUnsafe");
    unsafeField.setAccessible(true);
    Object unsafe = unsafeField.get(null);
    long seedOffset = (long) unsafeType.getMethod("objectFieldOffset", Field.class)
        .invoke(unsafe, Thread.class.getDeclaredField("threadLocalRandomSeed"));
    Method getLong = unsafeType.getMethod("getLong", Object.class, long.class);
    Method putLong = unsafeType.getMethod("putLong", Object.class, long.class, long.class);
    long snapshot = (long) getLong.invoke(unsafe, Thread.currentThread(), seedOffset);

    SdkBytes firstClone = WriteTokens.next();
    putLong.invoke(unsafe, Thread.currentThread(), seedOffset, snapshot);
    SdkBytes secondClone = WriteTokens.next();

    assertThat(secondClone).isNotEqualTo(firstClone);
  }
}
