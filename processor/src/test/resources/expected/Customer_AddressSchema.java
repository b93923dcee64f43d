package test;

import dev.dynastore.Attributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableMetadata;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stored form of {@link Customer.Address}: a reflection-free table schema for its value map.
 */
@Generated("dev.dynastore.processor.DynastoreProcessor")
public final class Customer_AddressSchema implements TableSchema<Customer.Address> {
  /**
   * The schema; stateless and thread-safe.
   */
  public static final Customer_AddressSchema INSTANCE = new Customer_AddressSchema();

  private static final List<String> ATTRIBUTE_NAMES = List.of("street", "city", "zip");

  private static final EnhancedType<Customer.Address> ITEM_TYPE = EnhancedType.of(Customer.Address.class);

  private static final TableMetadata METADATA = StaticTableMetadata.builder().build();

  private Customer_AddressSchema() {
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Customer.Address item, boolean ignoreNulls) {
    Map<String, AttributeValue> map = new HashMap<>(5);
    Attributes.put(map, "street", Attributes.string(item.street()), ignoreNulls);
    Attributes.put(map, "city", Attributes.string(item.city()), ignoreNulls);
    Attributes.put(map, "zip", Attributes.string(item.zip()), ignoreNulls);
    return map;
  }

  @Override
  public Customer.Address mapToItem(Map<String, AttributeValue> map) {
    return new Customer.Address(
        Attributes.asString(map.get("street")),
        Attributes.asString(map.get("city")),
        Attributes.asString(map.get("zip")));
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Customer.Address item,
      Collection<String> attributes) {
    return Attributes.select(itemToMap(item, false), attributes);
  }

  @Override
  public AttributeValue attributeValue(Customer.Address item, String attributeName) {
    return itemToMap(item, false).get(attributeName);
  }

  @Override
  public TableMetadata tableMetadata() {
    return METADATA;
  }

  @Override
  public EnhancedType<Customer.Address> itemType() {
    return ITEM_TYPE;
  }

  @Override
  public List<String> attributeNames() {
    return ATTRIBUTE_NAMES;
  }

  @Override
  public boolean isAbstract() {
    return false;
  }
}
