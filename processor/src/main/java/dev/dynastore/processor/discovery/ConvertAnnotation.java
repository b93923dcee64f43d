package dev.dynastore.processor.discovery;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @Convert}, read once.
 *
 * @param converter the converter class named; null when it is not given or cannot be resolved
 * @param mirror the annotation, for errors to point at
 * @param value the given class, for errors to underline; null when absent
 */
public record ConvertAnnotation(TypeMirror converter, AnnotationMirror mirror, AnnotationValue value) {}
