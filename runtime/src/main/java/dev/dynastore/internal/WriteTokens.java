package dev.dynastore.internal;

import java.security.SecureRandom;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Random 16-byte write tokens, one per write. They come from {@link SecureRandom}, not from
 * {@code ThreadLocalRandom} or {@code java.util.Random}: after a Lambda SnapStart or CRaC restore, every clone of
 * a snapshot resumes those generators in the same state and would produce the same tokens, while the JDK and the
 * Lambda runtime reseed {@code SecureRandom} on restore.
 */
final class WriteTokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  static final int BYTES = 16;

  private WriteTokens() {}

  static SdkBytes next() {
    byte[] token = new byte[BYTES];
    RANDOM.nextBytes(token);
    return SdkBytes.fromByteArrayUnsafe(token);
  }
}
