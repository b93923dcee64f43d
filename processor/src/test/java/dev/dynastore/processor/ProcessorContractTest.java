package dev.dynastore.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** What the processor promises the compiler and the build tools around it, beyond the code it writes. */
class ProcessorContractTest {
  private static final String GENERATED = "javax.annotation.processing.Generated";

  @Test
  void generatedIsLeftForTheProcessorsAfterOurs() {
    // a processor that claimed @Generated would hide it from every processor after it
    Set<String> seen = new java.util.TreeSet<>();
    Processor later = new AbstractProcessor() {
      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return Set.of(GENERATED);
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
          for (Element element : round.getElementsAnnotatedWith(annotation)) {
            seen.add(((TypeElement) element).getQualifiedName().toString());
          }
        }
        return false;
      }
    };
    Compilation compilation = javac().withProcessors(new DynastoreProcessor(), later)
        .withOptions(Compilations.LINT).compile(Compilations.resource("good/Customer.java"),
            Compilations.resource("good/Customers.java"));

    assertThat(compilation).succeeded();
    assertThat(seen).containsExactly("test.CustomerRepository", "test.CustomerSchema", "test.Customer_AddressSchema",
        "test.CustomersImpl");
    assertThat(new DynastoreProcessor().getSupportedAnnotationTypes()).doesNotContain(GENERATED);
  }

  @Test
  void everyGeneratedFileHasExactlyOneOriginatingElement() {
    // each file names the type it was generated from, for incremental builds (Gradle's, IDEs')
    OriginatingElements recorder = new OriginatingElements();
    Compilation compilation = javac().withProcessors(recorder).withOptions(Compilations.LINT)
        .compile(Compilations.resource("good/Customer.java"), Compilations.resource("good/Customers.java"));

    assertThat(compilation).succeeded();
    assertThat(recorder.originating).containsExactly(
        Map.entry("test.CustomerSchema", List.of("test.Customer")),
        Map.entry("test.CustomerRepository", List.of("test.Customer")),
        Map.entry("test.Customer_AddressSchema", List.of("test.Customer.Address")),
        Map.entry("test.CustomersImpl", List.of("test.Customers")));
  }

  /** Runs the processor with a filer that records the originating elements of each source file it creates. */
  private static final class OriginatingElements implements Processor {
    private final Processor processor = new DynastoreProcessor();
    final Map<String, List<String>> originating = new LinkedHashMap<>();

    @Override
    public void init(ProcessingEnvironment environment) {
      Filer filer = environment.getFiler();
      Filer recording = proxy(Filer.class, (proxy, method, arguments) -> {
        if (method.getName().equals("createSourceFile")) {
          List<String> names = new ArrayList<>();
          for (Element element : (Element[]) arguments[1]) {
            names.add(((TypeElement) element).getQualifiedName().toString());
          }
          originating.put(arguments[0].toString(), names);
        }
        return invoke(method, filer, arguments);
      });
      processor.init(proxy(ProcessingEnvironment.class, (proxy, method, arguments) ->
          method.getName().equals("getFiler") ? recording : invoke(method, environment, arguments)));
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
        ExecutableElement member, String userText) {
      return processor.getCompletions(element, annotation, member, userText);
    }

    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
      return type.cast(Proxy.newProxyInstance(OriginatingElements.class.getClassLoader(), new Class<?>[] {type},
          handler));
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] arguments)
        throws Throwable {
      try {
        return method.invoke(target, arguments);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
