package dev.dynastore.processor.model;

import com.squareup.javapoet.TypeName;
import javax.lang.model.type.TypeMirror;

/**
 * A property ready to be written: its attribute name, how it is converted, and its role in the item.
 *
 * @param mapping how the value is stored; null unless the role is {@link Role#STORED}
 * @param mirror the declared type, as the compiler sees it
 */
public record PropertyModel(String name, String attribute, TypeName type, Role role, ValueMapping mapping,
    String getter, String setter, TypeMirror mirror) {

  /** What a property is to the item. */
  public enum Role {
    /** Stored in the item's payload map. */
    STORED,
    /** Not stored; read back as null, zero or false. */
    IGNORED,
    /** The item's version, read back from it. */
    VERSION,
    /** The item's expiry, written to and read from {@code expires}. */
    EXPIRES
  }
}
