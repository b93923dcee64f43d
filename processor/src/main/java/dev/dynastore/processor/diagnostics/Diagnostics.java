package dev.dynastore.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The problems found with one type or repository, collected so that one compile reports them all (Dagger's
 * {@code ValidationReport}), each pointing at the exact element, annotation and value. Every layer may report
 * here; a model is built only from a declaration whose diagnostics are clean.
 */
public final class Diagnostics {
  private final List<Problem> problems = new ArrayList<>();

  private record Problem(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {}

  /** An error on an element. */
  public void error(Element element, Message message, Object... arguments) {
    problems.add(new Problem(message.format(arguments), element, null, null));
  }

  /** An error on an annotation of an element, underlining its value when given. */
  public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Message message,
      Object... arguments) {
    problems.add(new Problem(message.format(arguments), element, annotation, value));
  }

  /** The messages found so far. */
  public List<String> messages() {
    return problems.stream().map(Problem::message).toList();
  }

  /** Whether no problem was found. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** Prints every problem as a compile error. */
  public void printTo(Messager messager) {
    for (Problem problem : problems) {
      if (problem.annotation() == null) {
        messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element());
      } else if (problem.value() == null) {
        messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element(), problem.annotation());
      } else {
        messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element(), problem.annotation(),
            problem.value());
      }
    }
  }
}
