package dev.dynastore.testing;

import dev.dynastore.Dynastore;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The JUnit 5 extension behind {@link DynamoDbTest}. The server, the client and the name counter live in the
 * root store, so one server serves the whole run and is stopped when the run ends; table names live in the
 * store of the test or class that asked for them, so their tables are deleted when it ends.
 */
public final class DynamoDbExtension implements ExecutionCondition, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DynamoDbExtension.class);
  private static final Set<String> PRINTED_REASONS = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Backend backend = LocalDynamoDb.configuredBackend();
    String unavailable = LocalDynamoDb.unavailableReason(backend);
    if (unavailable != null) {
      return skip(context, "backend " + backend.propertyValue() + " is unavailable: " + unavailable);
    }
    Set<Feature> missing = EnumSet.noneOf(Feature.class);
    for (Optional<AnnotatedElement> element : List.of(context.getTestClass().map(c -> (AnnotatedElement) c),
        context.getTestMethod().map(m -> (AnnotatedElement) m))) {
      element.flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresFeature.class))
          .ifPresent(required -> {
            for (Feature feature : required.value()) {
              if (!backend.supports(feature)) {
                missing.add(feature);
              }
            }
          });
    }
    if (!missing.isEmpty()) {
      return skip(context, "needs " + missing + ", which backend " + backend.propertyValue() + " lacks");
    }
    return ConditionEvaluationResult.enabled("backend " + backend.propertyValue());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (parameter.isAnnotated(TableName.class)) {
      return type == String.class;
    }
    return type == DynamoDbClient.class || type == Dynastore.class || type == LocalDynamoDb.class
        || type == Backend.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (parameter.isAnnotated(TableName.class)) {
      return freshTableName(context);
    }
    if (type == LocalDynamoDb.class) {
      return server(context);
    }
    if (type == Backend.class) {
      return server(context).backend();
    }
    if (type == DynamoDbClient.class) {
      return client(context);
    }
    if (type == Dynastore.class) {
      DynamoDbClient client = client(context);
      return root(context).getOrComputeIfAbsent(Dynastore.class, k -> Dynastore.builder().client(client).build(),
          Dynastore.class);
    }
    throw new ParameterResolutionException("cannot resolve " + parameter.getParameter());
  }

  private static LocalDynamoDb server(ExtensionContext context) {
    return root(context).getOrComputeIfAbsent(LocalDynamoDb.class, k -> {
      LocalDynamoDb server = LocalDynamoDb.fromEnvironment();
      System.out.println("[dynastore-testing] using " + server);
      return server;
    }, LocalDynamoDb.class);
  }

  private static DynamoDbClient client(ExtensionContext context) {
    LocalDynamoDb server = server(context);
    return root(context).getOrComputeIfAbsent(DynamoDbClient.class, k -> server.newClient(), DynamoDbClient.class);
  }

  private static String freshTableName(ExtensionContext context) {
    AtomicInteger counter = root(context).getOrComputeIfAbsent("tableCounter", k -> new AtomicInteger(),
        AtomicInteger.class);
    String owner = context.getTestClass().map(Class::getSimpleName).orElse("test")
        + context.getTestMethod().map(m -> "-" + m.getName()).orElse("");
    String name = ("t-" + owner.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + counter.incrementAndGet() + "-"
        + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    DynamoDbClient client = client(context);
    context.getStore(NAMESPACE).getOrComputeIfAbsent(CreatedTables.class, k -> new CreatedTables(client),
        CreatedTables.class).names.add(name);
    return name;
  }

  private static ExtensionContext.Store root(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE);
  }

  private static ConditionEvaluationResult skip(ExtensionContext context, String reason) {
    if (PRINTED_REASONS.add(context.getUniqueId())) {
      System.out.println("[dynastore-testing] SKIPPED " + context.getDisplayName() + ": " + reason);
    }
    return ConditionEvaluationResult.disabled(reason);
  }

  /** The tables named for one test or class; deleted when its store closes. */
  private static final class CreatedTables implements AutoCloseable {
    private final DynamoDbClient client;
    private final List<String> names = new ArrayList<>();

    CreatedTables(DynamoDbClient client) {
      this.client = client;
    }

    @Override
    public void close() {
      List<String> failures = new ArrayList<>();
      for (String name : names) {
        try {
          client.deleteTable(b -> b.tableName(name));
        } catch (ResourceNotFoundException neverCreated) {
          // the test did not create it
        } catch (RuntimeException e) {
          failures.add(name + ": " + e.getMessage());
        }
      }
      if (!failures.isEmpty()) {
        System.out.println("[dynastore-testing] could not delete tables " + failures.stream()
            .collect(Collectors.joining("; ")));
      }
    }
  }
}
