package dev.dynastore.benchmarks.startup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Makes entity type {@code i} ready to use (schema created, one item mapped), without reflection of our own. */
final class Entities {
  static final int COUNT = 50;
  private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
  private static final BigDecimal AMOUNT = new BigDecimal("12.5");
  private static final List<String> TAGS = List.of("a", "b");

  private Entities() {}

  /** Touches the sample values, so that their classes load before timing starts. */
  static String sampleValues() {
    return AT + " " + AMOUNT + " " + TAGS;
  }

  /** The generated schema of entity {@code i}, used once. */
  static Map<String, AttributeValue> generated(int i) {
    switch (i) {
      case 0:
        return Entity01Schema.INSTANCE.itemToMap(new Entity01("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 1:
        return Entity02Schema.INSTANCE.itemToMap(new Entity02("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 2:
        return Entity03Schema.INSTANCE.itemToMap(new Entity03("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 3:
        return Entity04Schema.INSTANCE.itemToMap(new Entity04("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 4:
        return Entity05Schema.INSTANCE.itemToMap(new Entity05("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 5:
        return Entity06Schema.INSTANCE.itemToMap(new Entity06("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 6:
        return Entity07Schema.INSTANCE.itemToMap(new Entity07("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 7:
        return Entity08Schema.INSTANCE.itemToMap(new Entity08("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 8:
        return Entity09Schema.INSTANCE.itemToMap(new Entity09("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 9:
        return Entity10Schema.INSTANCE.itemToMap(new Entity10("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 10:
        return Entity11Schema.INSTANCE.itemToMap(new Entity11("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 11:
        return Entity12Schema.INSTANCE.itemToMap(new Entity12("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 12:
        return Entity13Schema.INSTANCE.itemToMap(new Entity13("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 13:
        return Entity14Schema.INSTANCE.itemToMap(new Entity14("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 14:
        return Entity15Schema.INSTANCE.itemToMap(new Entity15("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 15:
        return Entity16Schema.INSTANCE.itemToMap(new Entity16("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 16:
        return Entity17Schema.INSTANCE.itemToMap(new Entity17("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 17:
        return Entity18Schema.INSTANCE.itemToMap(new Entity18("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 18:
        return Entity19Schema.INSTANCE.itemToMap(new Entity19("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 19:
        return Entity20Schema.INSTANCE.itemToMap(new Entity20("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 20:
        return Entity21Schema.INSTANCE.itemToMap(new Entity21("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 21:
        return Entity22Schema.INSTANCE.itemToMap(new Entity22("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 22:
        return Entity23Schema.INSTANCE.itemToMap(new Entity23("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 23:
        return Entity24Schema.INSTANCE.itemToMap(new Entity24("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 24:
        return Entity25Schema.INSTANCE.itemToMap(new Entity25("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 25:
        return Entity26Schema.INSTANCE.itemToMap(new Entity26("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 26:
        return Entity27Schema.INSTANCE.itemToMap(new Entity27("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 27:
        return Entity28Schema.INSTANCE.itemToMap(new Entity28("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 28:
        return Entity29Schema.INSTANCE.itemToMap(new Entity29("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 29:
        return Entity30Schema.INSTANCE.itemToMap(new Entity30("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 30:
        return Entity31Schema.INSTANCE.itemToMap(new Entity31("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 31:
        return Entity32Schema.INSTANCE.itemToMap(new Entity32("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 32:
        return Entity33Schema.INSTANCE.itemToMap(new Entity33("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 33:
        return Entity34Schema.INSTANCE.itemToMap(new Entity34("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 34:
        return Entity35Schema.INSTANCE.itemToMap(new Entity35("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 35:
        return Entity36Schema.INSTANCE.itemToMap(new Entity36("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 36:
        return Entity37Schema.INSTANCE.itemToMap(new Entity37("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 37:
        return Entity38Schema.INSTANCE.itemToMap(new Entity38("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 38:
        return Entity39Schema.INSTANCE.itemToMap(new Entity39("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 39:
        return Entity40Schema.INSTANCE.itemToMap(new Entity40("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 40:
        return Entity41Schema.INSTANCE.itemToMap(new Entity41("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 41:
        return Entity42Schema.INSTANCE.itemToMap(new Entity42("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 42:
        return Entity43Schema.INSTANCE.itemToMap(new Entity43("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 43:
        return Entity44Schema.INSTANCE.itemToMap(new Entity44("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 44:
        return Entity45Schema.INSTANCE.itemToMap(new Entity45("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 45:
        return Entity46Schema.INSTANCE.itemToMap(new Entity46("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 46:
        return Entity47Schema.INSTANCE.itemToMap(new Entity47("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 47:
        return Entity48Schema.INSTANCE.itemToMap(new Entity48("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 48:
        return Entity49Schema.INSTANCE.itemToMap(new Entity49("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      case 49:
        return Entity50Schema.INSTANCE.itemToMap(new Entity50("id", "n", 1, AT, AMOUNT, TAGS, true, 2L), true);
      default:
        throw new IllegalArgumentException("no entity " + i);
    }
  }

  /** Hand-written mapping code of entity {@code i}, used once: the baseline. */
  static Map<String, AttributeValue> handWritten(int i) {
    switch (i) {
      case 0:
        return Entity01Hand.toMap(new Entity01("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 1:
        return Entity02Hand.toMap(new Entity02("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 2:
        return Entity03Hand.toMap(new Entity03("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 3:
        return Entity04Hand.toMap(new Entity04("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 4:
        return Entity05Hand.toMap(new Entity05("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 5:
        return Entity06Hand.toMap(new Entity06("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 6:
        return Entity07Hand.toMap(new Entity07("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 7:
        return Entity08Hand.toMap(new Entity08("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 8:
        return Entity09Hand.toMap(new Entity09("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 9:
        return Entity10Hand.toMap(new Entity10("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 10:
        return Entity11Hand.toMap(new Entity11("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 11:
        return Entity12Hand.toMap(new Entity12("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 12:
        return Entity13Hand.toMap(new Entity13("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 13:
        return Entity14Hand.toMap(new Entity14("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 14:
        return Entity15Hand.toMap(new Entity15("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 15:
        return Entity16Hand.toMap(new Entity16("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 16:
        return Entity17Hand.toMap(new Entity17("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 17:
        return Entity18Hand.toMap(new Entity18("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 18:
        return Entity19Hand.toMap(new Entity19("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 19:
        return Entity20Hand.toMap(new Entity20("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 20:
        return Entity21Hand.toMap(new Entity21("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 21:
        return Entity22Hand.toMap(new Entity22("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 22:
        return Entity23Hand.toMap(new Entity23("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 23:
        return Entity24Hand.toMap(new Entity24("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 24:
        return Entity25Hand.toMap(new Entity25("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 25:
        return Entity26Hand.toMap(new Entity26("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 26:
        return Entity27Hand.toMap(new Entity27("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 27:
        return Entity28Hand.toMap(new Entity28("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 28:
        return Entity29Hand.toMap(new Entity29("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 29:
        return Entity30Hand.toMap(new Entity30("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 30:
        return Entity31Hand.toMap(new Entity31("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 31:
        return Entity32Hand.toMap(new Entity32("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 32:
        return Entity33Hand.toMap(new Entity33("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 33:
        return Entity34Hand.toMap(new Entity34("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 34:
        return Entity35Hand.toMap(new Entity35("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 35:
        return Entity36Hand.toMap(new Entity36("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 36:
        return Entity37Hand.toMap(new Entity37("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 37:
        return Entity38Hand.toMap(new Entity38("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 38:
        return Entity39Hand.toMap(new Entity39("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 39:
        return Entity40Hand.toMap(new Entity40("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 40:
        return Entity41Hand.toMap(new Entity41("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 41:
        return Entity42Hand.toMap(new Entity42("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 42:
        return Entity43Hand.toMap(new Entity43("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 43:
        return Entity44Hand.toMap(new Entity44("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 44:
        return Entity45Hand.toMap(new Entity45("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 45:
        return Entity46Hand.toMap(new Entity46("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 46:
        return Entity47Hand.toMap(new Entity47("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 47:
        return Entity48Hand.toMap(new Entity48("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 48:
        return Entity49Hand.toMap(new Entity49("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      case 49:
        return Entity50Hand.toMap(new Entity50("id", "n", 1, AT, AMOUNT, TAGS, true, 2L));
      default:
        throw new IllegalArgumentException("no entity " + i);
    }
  }

  /** The Enhanced Client's BeanTableSchema of entity {@code i}, created and used once. */
  static Map<String, AttributeValue> bean(int i) {
    switch (i) {
      case 0:
        return ready(TableSchema.fromBean(Entity01Bean.class), fill(new Entity01Bean()));
      case 1:
        return ready(TableSchema.fromBean(Entity02Bean.class), fill(new Entity02Bean()));
      case 2:
        return ready(TableSchema.fromBean(Entity03Bean.class), fill(new Entity03Bean()));
      case 3:
        return ready(TableSchema.fromBean(Entity04Bean.class), fill(new Entity04Bean()));
      case 4:
        return ready(TableSchema.fromBean(Entity05Bean.class), fill(new Entity05Bean()));
      case 5:
        return ready(TableSchema.fromBean(Entity06Bean.class), fill(new Entity06Bean()));
      case 6:
        return ready(TableSchema.fromBean(Entity07Bean.class), fill(new Entity07Bean()));
      case 7:
        return ready(TableSchema.fromBean(Entity08Bean.class), fill(new Entity08Bean()));
      case 8:
        return ready(TableSchema.fromBean(Entity09Bean.class), fill(new Entity09Bean()));
      case 9:
        return ready(TableSchema.fromBean(Entity10Bean.class), fill(new Entity10Bean()));
      case 10:
        return ready(TableSchema.fromBean(Entity11Bean.class), fill(new Entity11Bean()));
      case 11:
        return ready(TableSchema.fromBean(Entity12Bean.class), fill(new Entity12Bean()));
      case 12:
        return ready(TableSchema.fromBean(Entity13Bean.class), fill(new Entity13Bean()));
      case 13:
        return ready(TableSchema.fromBean(Entity14Bean.class), fill(new Entity14Bean()));
      case 14:
        return ready(TableSchema.fromBean(Entity15Bean.class), fill(new Entity15Bean()));
      case 15:
        return ready(TableSchema.fromBean(Entity16Bean.class), fill(new Entity16Bean()));
      case 16:
        return ready(TableSchema.fromBean(Entity17Bean.class), fill(new Entity17Bean()));
      case 17:
        return ready(TableSchema.fromBean(Entity18Bean.class), fill(new Entity18Bean()));
      case 18:
        return ready(TableSchema.fromBean(Entity19Bean.class), fill(new Entity19Bean()));
      case 19:
        return ready(TableSchema.fromBean(Entity20Bean.class), fill(new Entity20Bean()));
      case 20:
        return ready(TableSchema.fromBean(Entity21Bean.class), fill(new Entity21Bean()));
      case 21:
        return ready(TableSchema.fromBean(Entity22Bean.class), fill(new Entity22Bean()));
      case 22:
        return ready(TableSchema.fromBean(Entity23Bean.class), fill(new Entity23Bean()));
      case 23:
        return ready(TableSchema.fromBean(Entity24Bean.class), fill(new Entity24Bean()));
      case 24:
        return ready(TableSchema.fromBean(Entity25Bean.class), fill(new Entity25Bean()));
      case 25:
        return ready(TableSchema.fromBean(Entity26Bean.class), fill(new Entity26Bean()));
      case 26:
        return ready(TableSchema.fromBean(Entity27Bean.class), fill(new Entity27Bean()));
      case 27:
        return ready(TableSchema.fromBean(Entity28Bean.class), fill(new Entity28Bean()));
      case 28:
        return ready(TableSchema.fromBean(Entity29Bean.class), fill(new Entity29Bean()));
      case 29:
        return ready(TableSchema.fromBean(Entity30Bean.class), fill(new Entity30Bean()));
      case 30:
        return ready(TableSchema.fromBean(Entity31Bean.class), fill(new Entity31Bean()));
      case 31:
        return ready(TableSchema.fromBean(Entity32Bean.class), fill(new Entity32Bean()));
      case 32:
        return ready(TableSchema.fromBean(Entity33Bean.class), fill(new Entity33Bean()));
      case 33:
        return ready(TableSchema.fromBean(Entity34Bean.class), fill(new Entity34Bean()));
      case 34:
        return ready(TableSchema.fromBean(Entity35Bean.class), fill(new Entity35Bean()));
      case 35:
        return ready(TableSchema.fromBean(Entity36Bean.class), fill(new Entity36Bean()));
      case 36:
        return ready(TableSchema.fromBean(Entity37Bean.class), fill(new Entity37Bean()));
      case 37:
        return ready(TableSchema.fromBean(Entity38Bean.class), fill(new Entity38Bean()));
      case 38:
        return ready(TableSchema.fromBean(Entity39Bean.class), fill(new Entity39Bean()));
      case 39:
        return ready(TableSchema.fromBean(Entity40Bean.class), fill(new Entity40Bean()));
      case 40:
        return ready(TableSchema.fromBean(Entity41Bean.class), fill(new Entity41Bean()));
      case 41:
        return ready(TableSchema.fromBean(Entity42Bean.class), fill(new Entity42Bean()));
      case 42:
        return ready(TableSchema.fromBean(Entity43Bean.class), fill(new Entity43Bean()));
      case 43:
        return ready(TableSchema.fromBean(Entity44Bean.class), fill(new Entity44Bean()));
      case 44:
        return ready(TableSchema.fromBean(Entity45Bean.class), fill(new Entity45Bean()));
      case 45:
        return ready(TableSchema.fromBean(Entity46Bean.class), fill(new Entity46Bean()));
      case 46:
        return ready(TableSchema.fromBean(Entity47Bean.class), fill(new Entity47Bean()));
      case 47:
        return ready(TableSchema.fromBean(Entity48Bean.class), fill(new Entity48Bean()));
      case 48:
        return ready(TableSchema.fromBean(Entity49Bean.class), fill(new Entity49Bean()));
      case 49:
        return ready(TableSchema.fromBean(Entity50Bean.class), fill(new Entity50Bean()));
      default:
        throw new IllegalArgumentException("no entity " + i);
    }
  }

  private static <T> Map<String, AttributeValue> ready(TableSchema<T> schema, T item) {
    return schema.itemToMap(item, true);
  }

  private static Entity01Bean fill(Entity01Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity02Bean fill(Entity02Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity03Bean fill(Entity03Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity04Bean fill(Entity04Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity05Bean fill(Entity05Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity06Bean fill(Entity06Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity07Bean fill(Entity07Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity08Bean fill(Entity08Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity09Bean fill(Entity09Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity10Bean fill(Entity10Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity11Bean fill(Entity11Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity12Bean fill(Entity12Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity13Bean fill(Entity13Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity14Bean fill(Entity14Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity15Bean fill(Entity15Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity16Bean fill(Entity16Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity17Bean fill(Entity17Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity18Bean fill(Entity18Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity19Bean fill(Entity19Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity20Bean fill(Entity20Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity21Bean fill(Entity21Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity22Bean fill(Entity22Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity23Bean fill(Entity23Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity24Bean fill(Entity24Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity25Bean fill(Entity25Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity26Bean fill(Entity26Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity27Bean fill(Entity27Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity28Bean fill(Entity28Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity29Bean fill(Entity29Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity30Bean fill(Entity30Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity31Bean fill(Entity31Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity32Bean fill(Entity32Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity33Bean fill(Entity33Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity34Bean fill(Entity34Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity35Bean fill(Entity35Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity36Bean fill(Entity36Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity37Bean fill(Entity37Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity38Bean fill(Entity38Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity39Bean fill(Entity39Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity40Bean fill(Entity40Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity41Bean fill(Entity41Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity42Bean fill(Entity42Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity43Bean fill(Entity43Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity44Bean fill(Entity44Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity45Bean fill(Entity45Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity46Bean fill(Entity46Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity47Bean fill(Entity47Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity48Bean fill(Entity48Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity49Bean fill(Entity49Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }

  private static Entity50Bean fill(Entity50Bean bean) {
    bean.setId("id");
    bean.setName("n");
    bean.setCount(1);
    bean.setAt(AT);
    bean.setAmount(AMOUNT);
    bean.setTags(TAGS);
    bean.setFlag(true);
    bean.setCounter(2L);
    return bean;
  }
}
