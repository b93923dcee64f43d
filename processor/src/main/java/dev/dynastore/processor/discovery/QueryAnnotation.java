package dev.dynastore.processor.discovery;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * A {@code @Query} on a repository method, read once.
 *
 * @param index the index it lists through, or {@code ""} to list by key
 * @param mirror the annotation, for errors to point at
 * @param value the explicitly given index, for errors to underline; null when the default applies
 */
public record QueryAnnotation(String index, AnnotationMirror mirror, AnnotationValue value) {}
