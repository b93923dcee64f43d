package dev.dynastore.processor.discovery;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * A {@code @Partition}, read once. On a type it names the partition (or the prefix of a component's partitions);
 * on a component it takes no name.
 *
 * @param name the name given, or {@code ""}
 * @param mirror the annotation, for errors to point at
 * @param value the explicitly given name, for errors to underline; null when the default applies
 * @param shards the shard count given, 1 by default
 * @param shardsValue the explicitly given shard count, for errors to underline; null when the default applies
 * @param table the configuration key of the type's table, or {@code ""}
 * @param tableValue the explicitly given table key, for errors to underline; null when the default applies
 */
public record PartitionAnnotation(String name, AnnotationMirror mirror, AnnotationValue value, int shards,
    AnnotationValue shardsValue, String table, AnnotationValue tableValue) {}
