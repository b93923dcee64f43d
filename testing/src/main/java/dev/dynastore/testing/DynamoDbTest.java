package dev.dynastore.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against a real DynamoDB: one server for the whole test run, started on first
 * use and stopped when the run ends.
 *
 * <p>Test methods, constructors and lifecycle methods can declare parameters of these types:
 * <ul>
 *   <li>{@link software.amazon.awssdk.services.dynamodb.DynamoDbClient}: a client shared by the run;</li>
 *   <li>{@link dev.dynastore.Dynastore}: a session over that client, with the system clock;</li>
 *   <li>{@code @}{@link TableName} {@code String}: a fresh, unique table name, per test when declared on a
 *       test method and per class when declared in {@code @BeforeAll} or a constructor; a table created
 *       under that name is deleted afterwards;</li>
 *   <li>{@link LocalDynamoDb} or {@link Backend}: which DynamoDB the run uses.</li>
 * </ul>
 *
 * <p>The backend comes from the environment (see {@link LocalDynamoDb#fromEnvironment()}). A test that
 * needs a feature the backend lacks declares it with {@link RequiresFeature} and is skipped, the reason
 * printed.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(DynamoDbExtension.class)
public @interface DynamoDbTest {}
