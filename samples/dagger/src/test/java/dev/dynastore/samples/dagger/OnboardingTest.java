package dev.dynastore.samples.dagger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynastore.Consistency;
import dev.dynastore.Versioned;
import dev.dynastore.testing.DynamoDbTest;
import dev.dynastore.testing.TableName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The Dagger-built service, with its generated repository, against dynalite. */
@DynamoDbTest
class OnboardingTest {
  @Test
  void daggerWiresTheGeneratedRepository(DynamoDbClient client, @TableName String table) {
    Onboarding onboarding = DaggerCrmComponent.factory().create(client, table).onboarding();
    onboarding.customers().createTableIfMissing();

    Versioned<Customer> ada = onboarding.signUp("Ada");

    assertThat(ada.version()).isEqualTo(1);
    assertThat(onboarding.customers().get(ada.value().id(), Consistency.STRONG).orElseThrow().value())
        .isEqualTo(ada.value());
  }
}
