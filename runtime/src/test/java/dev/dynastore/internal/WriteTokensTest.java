package dev.dynastore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;

/** Write tokens: 16 random bytes each, never repeated. */
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
}
