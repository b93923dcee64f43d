package test;

import dev.dynastore.internal.Attributes;
import dev.dynastore.internal.GeneratedSchema;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stored form of {@link Customer.Address}: a reflection-free table schema for its value map.
 */
@Generated("dev.dynastore.processor.DynastoreProcessor")
public final class Customer_AddressSchema extends GeneratedSchema<Customer.Address> {
  /**
   * The schema; stateless and thread-safe.
   */
  public static final Customer_AddressSchema INSTANCE = new Customer_AddressSchema();

  private Customer_AddressSchema() {
    super(Customer.Address.class, "street", "city", "zip");
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Customer.Address item, boolean ignoreNulls) {
    Map<String, AttributeValue> map = new HashMap<>(5);
    Attributes.put(map, "street", Attributes.string(item.street()), ignoreNulls);
    Attributes.put(map, "city", Attributes.string(item.city()), ignoreNulls);
    Attributes.put(map, "zip", Attributes.string(item.zip()), ignoreNulls);
    return map;
  }

  /**
   * A {@link Customer.Address} as a map attribute, or null.
   */
  public static AttributeValue toAttribute(Customer.Address value) {
    return value == null ? null : AttributeValue.createM(INSTANCE.itemToMap(value, true));
  }

  /**
   * A {@link Customer.Address} from a map attribute, or null when absent or NULL.
   */
  public static Customer.Address fromAttribute(AttributeValue attribute) {
    Map<String, AttributeValue> map = Attributes.asMap(attribute);
    return map == null ? null : INSTANCE.mapToItem(map);
  }

  @Override
  public Customer.Address mapToItem(Map<String, AttributeValue> map) {
    return new Customer.Address(
        Attributes.asString(map.get("street")),
        Attributes.asString(map.get("city")),
        Attributes.asString(map.get("zip")));
  }
}
