package dev.dynastore.processor.model;

import dev.dynastore.processor.validation.StoredType;
import javax.lang.model.type.TypeMirror;

/**
 * A property ready to be written: its attribute name, how it is stored, and its role in the item.
 *
 * @param type the declared type
 * @param stored how the value is stored; null unless the role is {@link Role#STORED}
 */
public record PropertyModel(String name, String attribute, TypeMirror type, Role role, StoredType stored,
    String getter, String setter) {

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
