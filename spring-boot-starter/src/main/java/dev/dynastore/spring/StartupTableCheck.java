package dev.dynastore.spring;

import dev.dynastore.TableDefinition;
import java.util.function.Function;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The start-up check of each table the starter made a bean of, once every singleton exists: verified against what
 * the entities of its repositories need (the key schema alone for a table without repositories) (failing start-up with {@code TableMismatchException} or {@code TableNotFoundException}),
 * created first if {@code dynastore.table-check=create-if-missing}, or left alone with {@code none}.
 */
final class StartupTableCheck implements SmartInitializingSingleton {
  private final DynastoreTables tables;
  private final DynastoreProperties properties;
  private final Function<String, Object> beans;

  StartupTableCheck(DynastoreTables tables, DynastoreProperties properties, Function<String, Object> beans) {
    this.tables = tables;
    this.properties = properties;
    this.beans = beans;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (properties.getTableCheck() == DynastoreProperties.TableCheck.NONE) {
      return;
    }
    for (DynastoreTables.Bound table : tables.tables()) {
      // a table without repositories (the K/V API's, locks') needs the key schema
      TableDefinition definition = DynastoreTables.definition(table, beans, properties.isRequireTtl());
      if (properties.getTableCheck() == DynastoreProperties.TableCheck.CREATE_IF_MISSING) {
        table.table().createIfMissing(definition);
      } else {
        table.table().verify(definition);
      }
    }
  }
}
