package dev.dynastore;

import dev.dynastore.kv.Index;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The production table for a {@link TableDefinition}, as infrastructure code: a CloudFormation template with one
 * {@code AWS::DynamoDB::Table} (Dynastore's key schema, every index, TTL on {@code expires}, point-in-time recovery,
 * on-demand or provisioned capacity, tags; kept when the stack is deleted or the resource replaced). Paste it into
 * your stack, or deploy it as it is; {@code java -cp <your classpath> dev.dynastore.tools.TableTemplates} writes it
 * from your generated schemas.
 *
 * <pre>{@code
 * String template = TableTemplate.of("CRMTable", TableDefinition.of(CustomerSchema.INDEXES, OrderSchema.INDEXES))
 *     .provisioned(25, 10)            // default: on demand
 *     .tag("team", "crm")
 *     .toCloudFormation();
 * }</pre>
 */
public final class TableTemplate {
  private final String tableName;
  private final TableDefinition definition;
  private String logicalId;
  private long readUnits;
  private long writeUnits;
  private boolean pointInTimeRecovery = true;
  private final Map<String, String> tags = new LinkedHashMap<>();

  private TableTemplate(String tableName, TableDefinition definition) {
    this.tableName = tableName;
    this.definition = definition;
    this.logicalId = logicalIdOf(tableName);
  }

  /** The template of table {@code tableName} serving {@code definition}: on demand, with point-in-time recovery. */
  public static TableTemplate of(String tableName, TableDefinition definition) {
    Objects.requireNonNull(tableName, "tableName == null");
    Objects.requireNonNull(definition, "definition == null");
    if (!tableName.matches("[a-zA-Z0-9_.-]{3,255}")) {
      throw new IllegalArgumentException("table name " + tableName + " is not a DynamoDB table name: 3 to 255 of"
          + " a-z, A-Z, 0-9, '_', '-' and '.'");
    }
    return new TableTemplate(tableName, definition);
  }

  /** The resource's logical id in the template; by default the table name without its punctuation. */
  public TableTemplate logicalId(String logicalId) {
    if (logicalId == null || !logicalId.matches("[A-Za-z0-9]{1,255}")) {
      throw new IllegalArgumentException("a logical id is 1 to 255 letters and digits, was " + logicalId);
    }
    this.logicalId = logicalId;
    return this;
  }

  /** Provisioned capacity, for the table and each global index alike; by default the table is on demand. */
  public TableTemplate provisioned(long readUnits, long writeUnits) {
    if (readUnits < 1 || writeUnits < 1) {
      throw new IllegalArgumentException("provisioned capacity is at least 1 read and 1 write unit, was " + readUnits
          + " and " + writeUnits);
    }
    this.readUnits = readUnits;
    this.writeUnits = writeUnits;
    return this;
  }

  /** Whether point-in-time recovery is on (by default it is). */
  public TableTemplate pointInTimeRecovery(boolean enabled) {
    this.pointInTimeRecovery = enabled;
    return this;
  }

  /** A tag on the table; a key given twice keeps the last value. */
  public TableTemplate tag(String key, String value) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(value, "value == null");
    if (key.isEmpty() || key.length() > 128 || value.length() > 256 || key.startsWith("aws:")) {
      throw new IllegalArgumentException("a tag key is 1 to 128 characters, not starting with aws:, and its value"
          + " 256 at most: " + key + "=" + value);
    }
    tags.put(key, value);
    return this;
  }

  /** The CloudFormation template, as JSON. */
  public String toCloudFormation() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("TableName", tableName);
    Map<String, ScalarAttributeType> attributes = new LinkedHashMap<>();
    attributes.put("id", ScalarAttributeType.S);
    attributes.put("name", ScalarAttributeType.S);
    List<Object> locals = new ArrayList<>();
    List<Object> globals = new ArrayList<>();
    for (Index index : definition.indexes()) {
      attributes.putIfAbsent(index.sortAttribute(), index.sortType());
      Map<String, Object> described = new LinkedHashMap<>();
      described.put("IndexName", index.name());
      if (index.isGlobal()) {
        attributes.putIfAbsent(index.partitionAttribute(), index.partitionType());
        described.put("KeySchema", keySchema(index.partitionAttribute(), index.sortAttribute()));
        described.put("Projection", Map.of("ProjectionType", "ALL"));
        if (readUnits > 0) {
          described.put("ProvisionedThroughput", throughput());
        }
        globals.add(described);
      } else {
        described.put("KeySchema", keySchema("id", index.sortAttribute()));
        described.put("Projection", Map.of("ProjectionType", "ALL"));
        locals.add(described);
      }
    }
    List<Object> definitions = new ArrayList<>();
    attributes.forEach((name, type) -> definitions.add(map("AttributeName", name, "AttributeType", type.toString())));
    properties.put("AttributeDefinitions", definitions);
    properties.put("KeySchema", keySchema("id", "name"));
    if (readUnits > 0) {
      properties.put("BillingMode", "PROVISIONED");
      properties.put("ProvisionedThroughput", throughput());
    } else {
      properties.put("BillingMode", "PAY_PER_REQUEST");
    }
    if (!locals.isEmpty()) {
      properties.put("LocalSecondaryIndexes", locals);
    }
    if (!globals.isEmpty()) {
      properties.put("GlobalSecondaryIndexes", globals);
    }
    if (definition.ttlRequired()) {
      // without it DynamoDB never deletes an expired item: Dynastore hides them, but they stay and cost
      properties.put("TimeToLiveSpecification", map("AttributeName", "expires", "Enabled", true));
    }
    properties.put("PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", pointInTimeRecovery));
    if (!tags.isEmpty()) {
      List<Object> tagList = new ArrayList<>();
      tags.forEach((key, value) -> tagList.add(map("Key", key, "Value", value)));
      properties.put("Tags", tagList);
    }
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("Type", "AWS::DynamoDB::Table");
    table.put("DeletionPolicy", "Retain"); // a stack deleted or a resource replaced must not take the data along
    table.put("UpdateReplacePolicy", "Retain");
    table.put("Properties", properties);
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("AWSTemplateFormatVersion", "2010-09-09");
    template.put("Description", "DynamoDB table " + tableName + " for Dynastore"
        + (definition.indexes().isEmpty() ? "" : ", indexes " + String.join(", ",
            definition.indexes().stream().map(Index::name).toList()))
        + (definition.ttlRequired() ? ", TTL on expires" : ""));
    template.put("Resources", Map.of(logicalId, table));
    template.put("Outputs", map(logicalId + "Name", Map.of("Value", Map.of("Ref", logicalId)),
        logicalId + "Arn", Map.of("Value", Map.of("Fn::GetAtt", List.of(logicalId, "Arn")))));
    StringBuilder json = new StringBuilder();
    write(json, template, "");
    return json.append('\n').toString();
  }

  @Override
  public String toString() {
    return "TableTemplate(" + tableName + ", " + definition + ")";
  }

  private Map<String, Object> throughput() {
    return map("ReadCapacityUnits", readUnits, "WriteCapacityUnits", writeUnits);
  }

  private static List<Object> keySchema(String partition, String sort) {
    return List.of(map("AttributeName", partition, "KeyType", "HASH"), map("AttributeName", sort, "KeyType", "RANGE"));
  }

  private static Map<String, Object> map(String key1, Object value1, String key2, Object value2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key1, value1);
    map.put(key2, value2);
    return map;
  }

  private static String logicalIdOf(String tableName) {
    String id = tableName.replaceAll("[^A-Za-z0-9]", "");
    return id.isEmpty() ? "Table" : Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  /** Indented JSON of maps, lists, strings, numbers and booleans. */
  private static void write(StringBuilder out, Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      String inner = indent + "  ";
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "\n" : ",\n").append(inner);
        quote(out, entry.getKey().toString());
        out.append(": ");
        write(out, entry.getValue(), inner);
        first = false;
      }
      out.append('\n').append(indent).append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      String inner = indent + "  ";
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "\n" : ",\n").append(inner);
        write(out, list.get(i), inner);
      }
      out.append('\n').append(indent).append(']');
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      quote(out, value.toString());
    }
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
