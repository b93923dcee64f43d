package dev.dynastore.processor.model;

import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** Names of generated classes and members. */
public final class Names {
  private Names() {}

  /** {@code CustomerSchema} for {@code Customer}; {@code Outer_InnerSchema} for a nested type. */
  public static GeneratedName schemaOf(TypeElement type) {
    return new GeneratedName(packageOf(type), flatName(type) + "Schema");
  }

  /** {@code CustomerRepository} for {@code Customer}. */
  public static GeneratedName repositoryOf(TypeElement type) {
    return new GeneratedName(packageOf(type), flatName(type) + "Repository");
  }

  /** {@code CustomersImpl} for a declared {@code @Repository interface Customers}. */
  public static GeneratedName implementationOf(TypeElement repository) {
    return new GeneratedName(packageOf(repository), flatName(repository) + "Impl");
  }

  /** {@code byCreated} for {@code idx_created}; {@code byStatusCreated} for {@code gsi-status-created}. */
  public static String indexAccessor(String indexName) {
    String base = indexName.replaceFirst("^(?i)(idx|index|gsi|lsi)[_-]+", "");
    StringBuilder accessor = new StringBuilder("by");
    boolean upper = true;
    for (char c : base.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
      } else {
        accessor.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return accessor.length() == 2 ? "byIndex" : accessor.toString();
  }

  /** {@code ByCreated} for {@code byCreated}. */
  public static String capitalize(String name) {
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /** {@code CREATED} for {@code created}, {@code ZIP_CODE} for {@code zipCode}. */
  public static String constant(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static String packageOf(TypeElement type) {
    Element e = type;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }

  private static String flatName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + "_");
    }
    return name.toString();
  }
}
