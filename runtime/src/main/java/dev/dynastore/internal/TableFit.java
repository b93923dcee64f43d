package dev.dynastore.internal;

import dev.dynastore.TableDefinition;
import dev.dynastore.kv.Index;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Whether an existing table can serve a {@link TableDefinition}: every difference, in words. Internal. */
final class TableFit {
  private TableFit() {}

  /** What the table lacks or has otherwise than the definition needs; empty when it fits. */
  static List<String> problems(TableDefinition definition, TableDescription table) {
    List<String> problems = new ArrayList<>();
    Map<String, ScalarAttributeType> types = new HashMap<>();
    for (AttributeDefinition attribute : table.attributeDefinitions()) {
      types.put(attribute.attributeName(), attribute.attributeType());
    }
    String keys = describeKeys(table.keySchema(), types);
    String expected = "HASH " + ItemLayout.PARTITION + " S, RANGE " + ItemLayout.KEY + " S";
    if (!keys.equals(expected)) {
      problems.add("its key schema is " + keys + ", not Dynastore's " + expected);
    }
    Map<String, LocalSecondaryIndexDescription> locals = new HashMap<>();
    table.localSecondaryIndexes().forEach(local -> locals.put(local.indexName(), local));
    Map<String, GlobalSecondaryIndexDescription> globals = new HashMap<>();
    table.globalSecondaryIndexes().forEach(global -> globals.put(global.indexName(), global));
    for (Index index : definition.indexes()) {
      String wanted = (index.isGlobal() ? "HASH " + index.partitionAttribute() + " " + index.partitionType()
          : "HASH " + ItemLayout.PARTITION + " S") + ", RANGE " + index.sortAttribute() + " " + index.sortType();
      LocalSecondaryIndexDescription local = locals.get(index.name());
      GlobalSecondaryIndexDescription global = globals.get(index.name());
      if (local == null && global == null) {
        problems.add("it has no " + index + ", keyed " + wanted);
      } else if (index.isGlobal() != (global != null)) {
        problems.add(index.name() + " is " + (global != null ? "global" : "local") + ", not "
            + (index.isGlobal() ? "global" : "local"));
      } else {
        List<KeySchemaElement> keySchema = global != null ? global.keySchema() : local.keySchema();
        Projection projection = global != null ? global.projection() : local.projection();
        String has = describeKeys(keySchema, types);
        if (!has.equals(wanted)) {
          problems.add(index.name() + " is keyed " + has + ", not " + wanted);
        }
        if (projection == null || projection.projectionType() != ProjectionType.ALL) {
          problems.add(index.name() + " projects " + (projection == null ? "nothing" : projection.projectionType())
              + ": Dynastore reads whole items from indexes, so it must project ALL");
        }
        if (global != null && global.indexStatus() != null && global.indexStatus() != IndexStatus.ACTIVE) {
          problems.add(index.name() + " is " + global.indexStatus() + ", not yet ACTIVE");
        }
      }
    }
    return problems;
  }

  private static String describeKeys(List<KeySchemaElement> keySchema, Map<String, ScalarAttributeType> types) {
    List<String> parts = new ArrayList<>();
    for (KeyType type : new KeyType[] {KeyType.HASH, KeyType.RANGE}) {
      for (KeySchemaElement element : keySchema) {
        if (element.keyType() == type) {
          parts.add(type + " " + element.attributeName() + " " + types.get(element.attributeName()));
        }
      }
    }
    return parts.isEmpty() ? "empty" : String.join(", ", parts);
  }
}
