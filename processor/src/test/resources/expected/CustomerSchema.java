package test;

import dev.dynastore.internal.Attributes;
import dev.dynastore.internal.EntitySchema;
import dev.dynastore.internal.GeneratedSchema;
import dev.dynastore.kv.Index;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The stored form of {@link Customer}: a reflection-free table schema for its value map, and where its items live.
 */
@Generated("dev.dynastore.processor.DynastoreProcessor")
public final class CustomerSchema extends GeneratedSchema<Customer> implements EntitySchema<Customer> {
  /**
   * The schema; stateless and thread-safe.
   */
  public static final CustomerSchema INSTANCE = new CustomerSchema();

  /**
   * The partition every {@link Customer} lives in.
   */
  public static final String PARTITION = "customers";

  /**
   * The global index {@code idx_status}: partitioned by {@code status}, sorted by {@code created}.
   */
  public static final Index IDX_STATUS = Index.global("idx_status", "status", ScalarAttributeType.S, "created", ScalarAttributeType.S);

  /**
   * The local index {@code idx_created}: sorted by {@code created}.
   */
  public static final Index IDX_CREATED = Index.local("idx_created", "created", ScalarAttributeType.S);

  /**
   * The secondary indexes a table needs for {@link Customer}.
   */
  public static final List<Index> INDEXES = List.of(IDX_STATUS, IDX_CREATED);

  private static final AttributeConverter<LocalDate> BIRTHDAY_CONVERTER = AttributeConverterProvider.defaultProvider().converterFor(EnhancedType.of(LocalDate.class));

  private CustomerSchema() {
    super(Customer.class, "id", "customerName", "created", "status", "balance", "visits", "referrals", "vip", "externalId", "birthday", "avatar", "addresses", "tags", "scores", "notes", "nickname");
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Customer item, boolean ignoreNulls) {
    Map<String, AttributeValue> map = new HashMap<>(22);
    Attributes.put(map, "id", Attributes.string(item.id()), ignoreNulls);
    Attributes.put(map, "customerName", Attributes.string(item.name()), ignoreNulls);
    Attributes.put(map, "created", Attributes.instant(item.created()), ignoreNulls);
    Attributes.put(map, "status", Attributes.enumeration(item.status()), ignoreNulls);
    Attributes.put(map, "balance", Attributes.number(item.balance()), ignoreNulls);
    Attributes.put(map, "visits", Attributes.number(item.visits()), ignoreNulls);
    Attributes.put(map, "referrals", Attributes.number(item.referrals()), ignoreNulls);
    Attributes.put(map, "vip", Attributes.bool(item.vip()), ignoreNulls);
    Attributes.put(map, "externalId", Attributes.uuid(item.externalId()), ignoreNulls);
    Attributes.put(map, "birthday", Attributes.converted(item.birthday(), BIRTHDAY_CONVERTER), ignoreNulls);
    Attributes.put(map, "avatar", Attributes.bytes(item.avatar()), ignoreNulls);
    Attributes.put(map, "addresses", addressesToAttribute(item.addresses()), ignoreNulls);
    Attributes.put(map, "tags", tagsToAttribute(item.tags()), ignoreNulls);
    Attributes.put(map, "scores", scoresToAttribute(item.scores()), ignoreNulls);
    Attributes.put(map, "notes", notesToAttribute(item.notes()), ignoreNulls);
    Attributes.put(map, "nickname", nicknameToAttribute(item.nickname()), ignoreNulls);
    return map;
  }

  @Override
  public Customer mapToItem(Map<String, AttributeValue> map) {
    return read(map, 0L, null);
  }

  @Override
  public Customer read(Map<String, AttributeValue> payload, long version, Instant expires) {
    return new Customer(
        Attributes.asString(payload.get("id")),
        Attributes.asString(payload.get("customerName")),
        Attributes.asInstant(payload.get("created")),
        Attributes.asEnum(Customer.Status.class, payload.get("status")),
        Attributes.asBigDecimal(payload.get("balance")),
        Attributes.intValue(payload.get("visits")),
        Attributes.asLong(payload.get("referrals")),
        Attributes.booleanValue(payload.get("vip")),
        Attributes.asUuid(payload.get("externalId")),
        Attributes.asConverted(payload.get("birthday"), BIRTHDAY_CONVERTER),
        Attributes.asBytes(payload.get("avatar")),
        addressesFromAttribute(payload.get("addresses")),
        tagsFromAttribute(payload.get("tags")),
        scoresFromAttribute(payload.get("scores")),
        notesFromAttribute(payload.get("notes")),
        nicknameFromAttribute(payload.get("nickname")),
        null,
        version,
        expires);
  }

  /**
   * The stored key of the {@link Customer} with this id.
   */
  public static String key(String id) {
    return Objects.requireNonNull(id, "id == null");
  }

  @Override
  public String partitionOf(Customer item) {
    return PARTITION;
  }

  @Override
  public String keyOf(Customer item) {
    return key(item.id());
  }

  @Override
  public String partitionName() {
    return "customers";
  }

  @Override
  public List<Index> indexes() {
    return INDEXES;
  }

  @Override
  public Map<String, AttributeValue> indexAttributes(Customer item) {
    Map<String, AttributeValue> attributes = new HashMap<>(4);
    Attributes.put(attributes, "status", Attributes.enumeration(item.status()), true);
    Attributes.put(attributes, "created", Attributes.instantKey(item.created()), true);
    return attributes;
  }

  @Override
  public Instant expiresOf(Customer item) {
    return item.expiresAt();
  }

  @Override
  public boolean declaresExpiry() {
    return true;
  }

  @Override
  public boolean declaresVersion() {
    return true;
  }

  /**
   * A {@code id} as it is stored, for the bounds of a listing sorted by it.
   */
  public static AttributeValue idSortKey(String id) {
    return AttributeValue.fromS(key(Objects.requireNonNull(id, "id == null")));
  }

  /**
   * A {@code created} as it is stored, for the bounds of a listing sorted by it.
   */
  public static AttributeValue createdSortKey(Instant created) {
    return Attributes.instantBound(Objects.requireNonNull(created, "created == null"));
  }

  private static AttributeValue addressesToAttribute(List<Customer.Address> value) {
    if (value == null) {
      return null;
    }
    List<AttributeValue> list = new ArrayList<>(value.size());
    for (Customer.Address element : value) {
      list.add(Attributes.orNull(Customer_AddressSchema.toAttribute(element)));
    }
    return AttributeValue.createL(list);
  }

  private static AttributeValue tagsToAttribute(Set<String> value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    List<String> elements = new ArrayList<>(value.size());
    for (String element : value) {
      elements.add(Attributes.string(element).s());
    }
    return AttributeValue.createSs(elements);
  }

  private static AttributeValue scoresToAttribute(Set<Integer> value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    List<String> elements = new ArrayList<>(value.size());
    for (Integer element : value) {
      elements.add(Attributes.number(element).n());
    }
    return AttributeValue.createNs(elements);
  }

  private static AttributeValue notesValueToAttribute(List<String> value) {
    if (value == null) {
      return null;
    }
    List<AttributeValue> list = new ArrayList<>(value.size());
    for (String element : value) {
      list.add(Attributes.orNull(Attributes.string(element)));
    }
    return AttributeValue.createL(list);
  }

  private static AttributeValue notesToAttribute(Map<String, List<String>> value) {
    if (value == null) {
      return null;
    }
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : value.entrySet()) {
      map.put(entry.getKey(), Attributes.orNull(notesValueToAttribute(entry.getValue())));
    }
    return AttributeValue.createM(map);
  }

  private static AttributeValue nicknameToAttribute(Optional<String> value) {
    return value == null || value.isEmpty() ? null : Attributes.string(value.get());
  }

  private static List<Customer.Address> addressesFromAttribute(AttributeValue attribute) {
    List<AttributeValue> list = Attributes.asList(attribute);
    if (list == null) {
      return null;
    }
    List<Customer.Address> value = new ArrayList<>(list.size());
    for (AttributeValue element : list) {
      value.add(Customer_AddressSchema.fromAttribute(element));
    }
    return value;
  }

  private static Set<String> tagsFromAttribute(AttributeValue attribute) {
    List<String> elements = Attributes.asStringSet(attribute);
    Set<String> value = new LinkedHashSet<>();
    for (String element : elements) {
      value.add(Attributes.asString(AttributeValue.createS(element)));
    }
    return value;
  }

  private static Set<Integer> scoresFromAttribute(AttributeValue attribute) {
    List<String> elements = Attributes.asNumberSet(attribute);
    Set<Integer> value = new LinkedHashSet<>();
    for (String element : elements) {
      value.add(Attributes.asInteger(AttributeValue.createN(element)));
    }
    return value;
  }

  private static List<String> notesValueFromAttribute(AttributeValue attribute) {
    List<AttributeValue> list = Attributes.asList(attribute);
    if (list == null) {
      return null;
    }
    List<String> value = new ArrayList<>(list.size());
    for (AttributeValue element : list) {
      value.add(Attributes.asString(element));
    }
    return value;
  }

  private static Map<String, List<String>> notesFromAttribute(AttributeValue attribute) {
    Map<String, AttributeValue> map = Attributes.asMap(attribute);
    if (map == null) {
      return null;
    }
    Map<String, List<String>> value = new LinkedHashMap<>();
    for (Map.Entry<String, AttributeValue> entry : map.entrySet()) {
      value.put(entry.getKey(), notesValueFromAttribute(entry.getValue()));
    }
    return value;
  }

  private static Optional<String> nicknameFromAttribute(AttributeValue attribute) {
    return Optional.ofNullable(Attributes.asString(attribute));
  }
}
