package dev.dynastore.processor.discovery;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * An {@code @Attribute}, read once.
 *
 * @param name the attribute name given; null when none is (the source does not compile then)
 * @param mirror the annotation, for errors to point at
 * @param value the given name, for errors to underline; null when absent
 */
public record AttributeAnnotation(String name, AnnotationMirror mirror, AnnotationValue value) {}
