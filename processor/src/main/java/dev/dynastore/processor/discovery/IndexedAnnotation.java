package dev.dynastore.processor.discovery;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * One {@code @Indexed}, direct or inside its container, read once.
 *
 * @param name the index name, or {@code ""} when none is given
 * @param partitionBy the attribute partitioning a global index, or {@code ""} for a local index
 * @param mirror the annotation, for errors to point at
 * @param nameValue the explicitly given name, for errors to underline; null when absent
 * @param partitionByValue the explicitly given {@code partitionBy}; null when the default applies
 */
public record IndexedAnnotation(String name, String partitionBy, AnnotationMirror mirror, AnnotationValue nameValue,
    AnnotationValue partitionByValue) {}
