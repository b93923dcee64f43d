package dev.dynastore.samples.dagger;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The Dagger component: built at compile time from the generated repository's {@code @Inject} constructor. */
@Singleton
@Component(modules = CrmModule.class)
public interface CrmComponent {
  Onboarding onboarding();

  /** Builds the component around a client and a table name. */
  @Component.Factory
  interface Factory {
    CrmComponent create(@BindsInstance DynamoDbClient client, @BindsInstance @Named("table") String table);
  }
}
