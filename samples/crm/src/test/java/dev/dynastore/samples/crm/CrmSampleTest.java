package dev.dynastore.samples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Dynastore;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.Feature;
import dev.dynastore.testing.LocalDynamoDb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's first command runs this sample; this test keeps it working. */
@DynamoDbTest
class CrmSampleTest {
  @Test
  void walksThroughTheSeedsStory(Dynastore store, LocalDynamoDb dynamo) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    CrmSample.run(store, dynamo.supports(Feature.TTL_CONFIGURATION) ? CrmSample.CRM : CrmSample.CRM.withoutTtl(),
        new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String output = buffer.toString(StandardCharsets.UTF_8);

    assertThat(output).contains("1. created", "version 1: welcome (new)", "2. listed   1 customer(s) created in the last 7 days (1 counted)",
        "newest: welcome", "3. updated", "to version 2: status enabled", "4. refused", "from version 1",
        "5. ordered  2 order(s) in one batch, 1 in the last 7 days", "6. deleted", "exists now: false");
  }
}
