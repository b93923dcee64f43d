package dev.dynastore.samples.dagger;

import dagger.Module;
import dagger.Provides;
import dev.dynastore.Dynastore;
import dev.dynastore.Table;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Where the table comes from: the component's client and table name. No statics, no reflection. */
@Module
public final class CrmModule {
  private CrmModule() {}

  @Provides
  @Singleton
  static Dynastore dynastore(DynamoDbClient client, Clock clock) {
    return Dynastore.builder().client(client).clock(clock).build();
  }

  @Provides
  static Table table(Dynastore dynastore, @Named("table") String name) {
    return dynastore.table(name);
  }

  @Provides
  static Clock clock() {
    return Clock.systemUTC();
  }
}
