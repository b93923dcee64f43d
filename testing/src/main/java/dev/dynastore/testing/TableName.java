package dev.dynastore.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter of a {@link DynamoDbTest} that receives a fresh, unique table name. The
 * table itself is not created; whatever table is created under that name is deleted when the test (or, for
 * {@code @BeforeAll} and constructor parameters, the test class) ends.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface TableName {}
