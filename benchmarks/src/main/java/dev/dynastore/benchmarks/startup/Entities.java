package dev.dynastore.benchmarks.startup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Makes entity type {@code i} ready to use (schema created, one item mapped), without reflection of our own.
 * The items are made first, by {@link #record} or {@link #bean}: loading the application's own entity classes
 * is the same for every way of mapping them, so it is timed apart from the schemas.
 */
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

  /** An item of entity {@code i}, as the record that the generated and hand-written mappers map. */
  static Object record(int i) {
    switch (i) {
      case 0:
        return new Entity01("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 1:
        return new Entity02("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 2:
        return new Entity03("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 3:
        return new Entity04("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 4:
        return new Entity05("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 5:
        return new Entity06("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 6:
        return new Entity07("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 7:
        return new Entity08("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 8:
        return new Entity09("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 9:
        return new Entity10("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 10:
        return new Entity11("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 11:
        return new Entity12("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 12:
        return new Entity13("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 13:
        return new Entity14("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 14:
        return new Entity15("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 15:
        return new Entity16("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 16:
        return new Entity17("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 17:
        return new Entity18("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 18:
        return new Entity19("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 19:
        return new Entity20("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 20:
        return new Entity21("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 21:
        return new Entity22("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 22:
        return new Entity23("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 23:
        return new Entity24("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 24:
        return new Entity25("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 25:
        return new Entity26("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 26:
        return new Entity27("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 27:
        return new Entity28("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 28:
        return new Entity29("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 29:
        return new Entity30("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 30:
        return new Entity31("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 31:
        return new Entity32("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 32:
        return new Entity33("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 33:
        return new Entity34("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 34:
        return new Entity35("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 35:
        return new Entity36("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 36:
        return new Entity37("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 37:
        return new Entity38("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 38:
        return new Entity39("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 39:
        return new Entity40("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 40:
        return new Entity41("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 41:
        return new Entity42("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 42:
        return new Entity43("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 43:
        return new Entity44("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 44:
        return new Entity45("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 45:
        return new Entity46("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 46:
        return new Entity47("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 47:
        return new Entity48("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 48:
        return new Entity49("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      case 49:
        return new Entity50("id", "n", 1, AT, AMOUNT, TAGS, true, 2L);
      default:
        throw new IllegalArgumentException("no entity " + i);
    }
  }

  /** An item of entity {@code i}, as the bean that {@code BeanTableSchema} maps. */
  static Object bean(int i) {
    switch (i) {
      case 0:
        return fill(new Entity01Bean());
      case 1:
        return fill(new Entity02Bean());
      case 2:
        return fill(new Entity03Bean());
      case 3:
        return fill(new Entity04Bean());
      case 4:
        return fill(new Entity05Bean());
      case 5:
        return fill(new Entity06Bean());
      case 6:
        return fill(new Entity07Bean());
      case 7:
        return fill(new Entity08Bean());
      case 8:
        return fill(new Entity09Bean());
      case 9:
        return fill(new Entity10Bean());
      case 10:
        return fill(new Entity11Bean());
      case 11:
        return fill(new Entity12Bean());
      case 12:
        return fill(new Entity13Bean());
      case 13:
        return fill(new Entity14Bean());
      case 14:
        return fill(new Entity15Bean());
      case 15:
        return fill(new Entity16Bean());
      case 16:
        return fill(new Entity17Bean());
      case 17:
        return fill(new Entity18Bean());
      case 18:
        return fill(new Entity19Bean());
      case 19:
        return fill(new Entity20Bean());
      case 20:
        return fill(new Entity21Bean());
      case 21:
        return fill(new Entity22Bean());
      case 22:
        return fill(new Entity23Bean());
      case 23:
        return fill(new Entity24Bean());
      case 24:
        return fill(new Entity25Bean());
      case 25:
        return fill(new Entity26Bean());
      case 26:
        return fill(new Entity27Bean());
      case 27:
        return fill(new Entity28Bean());
      case 28:
        return fill(new Entity29Bean());
      case 29:
        return fill(new Entity30Bean());
      case 30:
        return fill(new Entity31Bean());
      case 31:
        return fill(new Entity32Bean());
      case 32:
        return fill(new Entity33Bean());
      case 33:
        return fill(new Entity34Bean());
      case 34:
        return fill(new Entity35Bean());
      case 35:
        return fill(new Entity36Bean());
      case 36:
        return fill(new Entity37Bean());
      case 37:
        return fill(new Entity38Bean());
      case 38:
        return fill(new Entity39Bean());
      case 39:
        return fill(new Entity40Bean());
      case 40:
        return fill(new Entity41Bean());
      case 41:
        return fill(new Entity42Bean());
      case 42:
        return fill(new Entity43Bean());
      case 43:
        return fill(new Entity44Bean());
      case 44:
        return fill(new Entity45Bean());
      case 45:
        return fill(new Entity46Bean());
      case 46:
        return fill(new Entity47Bean());
      case 47:
        return fill(new Entity48Bean());
      case 48:
        return fill(new Entity49Bean());
      case 49:
        return fill(new Entity50Bean());
      default:
        throw new IllegalArgumentException("no entity " + i);
    }
  }

  /** The generated schema of entity {@code i}, used once on {@code item}. */
  static Map<String, AttributeValue> generated(int i, Object item) {
    switch (i) {
      case 0:
        return Entity01Schema.INSTANCE.itemToMap((Entity01) item, true);
      case 1:
        return Entity02Schema.INSTANCE.itemToMap((Entity02) item, true);
      case 2:
        return Entity03Schema.INSTANCE.itemToMap((Entity03) item, true);
      case 3:
        return Entity04Schema.INSTANCE.itemToMap((Entity04) item, true);
      case 4:
        return Entity05Schema.INSTANCE.itemToMap((Entity05) item, true);
      case 5:
        return Entity06Schema.INSTANCE.itemToMap((Entity06) item, true);
      case 6:
        return Entity07Schema.INSTANCE.itemToMap((Entity07) item, true);
      case 7:
        return Entity08Schema.INSTANCE.itemToMap((Entity08) item, true);
      case 8:
        return Entity09Schema.INSTANCE.itemToMap((Entity09) item, true);
      case 9:
        return Entity10Schema.INSTANCE.itemToMap((Entity10) item, true);
      case 10:
        return Entity11Schema.INSTANCE.itemToMap((Entity11) item, true);
      case 11:
        return Entity12Schema.INSTANCE.itemToMap((Entity12) item, true);
      case 12:
        return Entity13Schema.INSTANCE.itemToMap((Entity13) item, true);
      case 13:
        return Entity14Schema.INSTANCE.itemToMap((Entity14) item, true);
      case 14:
        return Entity15Schema.INSTANCE.itemToMap((Entity15) item, true);
      case 15:
        return Entity16Schema.INSTANCE.itemToMap((Entity16) item, true);
      case 16:
        return Entity17Schema.INSTANCE.itemToMap((Entity17) item, true);
      case 17:
        return Entity18Schema.INSTANCE.itemToMap((Entity18) item, true);
      case 18:
        return Entity19Schema.INSTANCE.itemToMap((Entity19) item, true);
      case 19:
        return Entity20Schema.INSTANCE.itemToMap((Entity20) item, true);
      case 20:
        return Entity21Schema.INSTANCE.itemToMap((Entity21) item, true);
      case 21:
        return Entity22Schema.INSTANCE.itemToMap((Entity22) item, true);
      case 22:
        return Entity23Schema.INSTANCE.itemToMap((Entity23) item, true);
      case 23:
        return Entity24Schema.INSTANCE.itemToMap((Entity24) item, true);
      case 24:
        return Entity25Schema.INSTANCE.itemToMap((Entity25) item, true);
      case 25:
        return Entity26Schema.INSTANCE.itemToMap((Entity26) item, true);
      case 26:
        return Entity27Schema.INSTANCE.itemToMap((Entity27) item, true);
      case 27:
        return Entity28Schema.INSTANCE.itemToMap((Entity28) item, true);
      case 28:
        return Entity29Schema.INSTANCE.itemToMap((Entity29) item, true);
      case 29:
        return Entity30Schema.INSTANCE.itemToMap((Entity30) item, true);
      case 30:
        return Entity31Schema.INSTANCE.itemToMap((Entity31) item, true);
      case 31:
        return Entity32Schema.INSTANCE.itemToMap((Entity32) item, true);
      case 32:
        return Entity33Schema.INSTANCE.itemToMap((Entity33) item, true);
      case 33:
        return Entity34Schema.INSTANCE.itemToMap((Entity34) item, true);
      case 34:
        return Entity35Schema.INSTANCE.itemToMap((Entity35) item, true);
      case 35:
        return Entity36Schema.INSTANCE.itemToMap((Entity36) item, true);
      case 36:
        return Entity37Schema.INSTANCE.itemToMap((Entity37) item, true);
      case 37:
        return Entity38Schema.INSTANCE.itemToMap((Entity38) item, true);
      case 38:
        return Entity39Schema.INSTANCE.itemToMap((Entity39) item, true);
      case 39:
        return Entity40Schema.INSTANCE.itemToMap((Entity40) item, true);
      case 40:
        return Entity41Schema.INSTANCE.itemToMap((Entity41) item, true);
      case 41:
        return Entity42Schema.INSTANCE.itemToMap((Entity42) item, true);
      case 42:
        return Entity43Schema.INSTANCE.itemToMap((Entity43) item, true);
      case 43:
        return Entity44Schema.INSTANCE.itemToMap((Entity44) item, true);
      case 44:
        return Entity45Schema.INSTANCE.itemToMap((Entity45) item, true);
      case 45:
        return Entity46Schema.INSTANCE.itemToMap((Entity46) item, true);
      case 46:
        return Entity47Schema.INSTANCE.itemToMap((Entity47) item, true);
      case 47:
        return Entity48Schema.INSTANCE.itemToMap((Entity48) item, true);
      case 48:
        return Entity49Schema.INSTANCE.itemToMap((Entity49) item, true);
      case 49:
        return Entity50Schema.INSTANCE.itemToMap((Entity50) item, true);
      default:
        throw new IllegalArgumentException("no entity " + i);
    }
  }

  /** Hand-written mapping code of entity {@code i}, used once on {@code item}: the baseline. */
  static Map<String, AttributeValue> handWritten(int i, Object item) {
    switch (i) {
      case 0:
        return Entity01Hand.toMap((Entity01) item);
      case 1:
        return Entity02Hand.toMap((Entity02) item);
      case 2:
        return Entity03Hand.toMap((Entity03) item);
      case 3:
        return Entity04Hand.toMap((Entity04) item);
      case 4:
        return Entity05Hand.toMap((Entity05) item);
      case 5:
        return Entity06Hand.toMap((Entity06) item);
      case 6:
        return Entity07Hand.toMap((Entity07) item);
      case 7:
        return Entity08Hand.toMap((Entity08) item);
      case 8:
        return Entity09Hand.toMap((Entity09) item);
      case 9:
        return Entity10Hand.toMap((Entity10) item);
      case 10:
        return Entity11Hand.toMap((Entity11) item);
      case 11:
        return Entity12Hand.toMap((Entity12) item);
      case 12:
        return Entity13Hand.toMap((Entity13) item);
      case 13:
        return Entity14Hand.toMap((Entity14) item);
      case 14:
        return Entity15Hand.toMap((Entity15) item);
      case 15:
        return Entity16Hand.toMap((Entity16) item);
      case 16:
        return Entity17Hand.toMap((Entity17) item);
      case 17:
        return Entity18Hand.toMap((Entity18) item);
      case 18:
        return Entity19Hand.toMap((Entity19) item);
      case 19:
        return Entity20Hand.toMap((Entity20) item);
      case 20:
        return Entity21Hand.toMap((Entity21) item);
      case 21:
        return Entity22Hand.toMap((Entity22) item);
      case 22:
        return Entity23Hand.toMap((Entity23) item);
      case 23:
        return Entity24Hand.toMap((Entity24) item);
      case 24:
        return Entity25Hand.toMap((Entity25) item);
      case 25:
        return Entity26Hand.toMap((Entity26) item);
      case 26:
        return Entity27Hand.toMap((Entity27) item);
      case 27:
        return Entity28Hand.toMap((Entity28) item);
      case 28:
        return Entity29Hand.toMap((Entity29) item);
      case 29:
        return Entity30Hand.toMap((Entity30) item);
      case 30:
        return Entity31Hand.toMap((Entity31) item);
      case 31:
        return Entity32Hand.toMap((Entity32) item);
      case 32:
        return Entity33Hand.toMap((Entity33) item);
      case 33:
        return Entity34Hand.toMap((Entity34) item);
      case 34:
        return Entity35Hand.toMap((Entity35) item);
      case 35:
        return Entity36Hand.toMap((Entity36) item);
      case 36:
        return Entity37Hand.toMap((Entity37) item);
      case 37:
        return Entity38Hand.toMap((Entity38) item);
      case 38:
        return Entity39Hand.toMap((Entity39) item);
      case 39:
        return Entity40Hand.toMap((Entity40) item);
      case 40:
        return Entity41Hand.toMap((Entity41) item);
      case 41:
        return Entity42Hand.toMap((Entity42) item);
      case 42:
        return Entity43Hand.toMap((Entity43) item);
      case 43:
        return Entity44Hand.toMap((Entity44) item);
      case 44:
        return Entity45Hand.toMap((Entity45) item);
      case 45:
        return Entity46Hand.toMap((Entity46) item);
      case 46:
        return Entity47Hand.toMap((Entity47) item);
      case 47:
        return Entity48Hand.toMap((Entity48) item);
      case 48:
        return Entity49Hand.toMap((Entity49) item);
      case 49:
        return Entity50Hand.toMap((Entity50) item);
      default:
        throw new IllegalArgumentException("no entity " + i);
    }
  }

  /** The Enhanced Client's BeanTableSchema of entity {@code i}, created and used once on {@code item}. */
  static Map<String, AttributeValue> fromBean(int i, Object item) {
    switch (i) {
      case 0:
        return TableSchema.fromBean(Entity01Bean.class).itemToMap((Entity01Bean) item, true);
      case 1:
        return TableSchema.fromBean(Entity02Bean.class).itemToMap((Entity02Bean) item, true);
      case 2:
        return TableSchema.fromBean(Entity03Bean.class).itemToMap((Entity03Bean) item, true);
      case 3:
        return TableSchema.fromBean(Entity04Bean.class).itemToMap((Entity04Bean) item, true);
      case 4:
        return TableSchema.fromBean(Entity05Bean.class).itemToMap((Entity05Bean) item, true);
      case 5:
        return TableSchema.fromBean(Entity06Bean.class).itemToMap((Entity06Bean) item, true);
      case 6:
        return TableSchema.fromBean(Entity07Bean.class).itemToMap((Entity07Bean) item, true);
      case 7:
        return TableSchema.fromBean(Entity08Bean.class).itemToMap((Entity08Bean) item, true);
      case 8:
        return TableSchema.fromBean(Entity09Bean.class).itemToMap((Entity09Bean) item, true);
      case 9:
        return TableSchema.fromBean(Entity10Bean.class).itemToMap((Entity10Bean) item, true);
      case 10:
        return TableSchema.fromBean(Entity11Bean.class).itemToMap((Entity11Bean) item, true);
      case 11:
        return TableSchema.fromBean(Entity12Bean.class).itemToMap((Entity12Bean) item, true);
      case 12:
        return TableSchema.fromBean(Entity13Bean.class).itemToMap((Entity13Bean) item, true);
      case 13:
        return TableSchema.fromBean(Entity14Bean.class).itemToMap((Entity14Bean) item, true);
      case 14:
        return TableSchema.fromBean(Entity15Bean.class).itemToMap((Entity15Bean) item, true);
      case 15:
        return TableSchema.fromBean(Entity16Bean.class).itemToMap((Entity16Bean) item, true);
      case 16:
        return TableSchema.fromBean(Entity17Bean.class).itemToMap((Entity17Bean) item, true);
      case 17:
        return TableSchema.fromBean(Entity18Bean.class).itemToMap((Entity18Bean) item, true);
      case 18:
        return TableSchema.fromBean(Entity19Bean.class).itemToMap((Entity19Bean) item, true);
      case 19:
        return TableSchema.fromBean(Entity20Bean.class).itemToMap((Entity20Bean) item, true);
      case 20:
        return TableSchema.fromBean(Entity21Bean.class).itemToMap((Entity21Bean) item, true);
      case 21:
        return TableSchema.fromBean(Entity22Bean.class).itemToMap((Entity22Bean) item, true);
      case 22:
        return TableSchema.fromBean(Entity23Bean.class).itemToMap((Entity23Bean) item, true);
      case 23:
        return TableSchema.fromBean(Entity24Bean.class).itemToMap((Entity24Bean) item, true);
      case 24:
        return TableSchema.fromBean(Entity25Bean.class).itemToMap((Entity25Bean) item, true);
      case 25:
        return TableSchema.fromBean(Entity26Bean.class).itemToMap((Entity26Bean) item, true);
      case 26:
        return TableSchema.fromBean(Entity27Bean.class).itemToMap((Entity27Bean) item, true);
      case 27:
        return TableSchema.fromBean(Entity28Bean.class).itemToMap((Entity28Bean) item, true);
      case 28:
        return TableSchema.fromBean(Entity29Bean.class).itemToMap((Entity29Bean) item, true);
      case 29:
        return TableSchema.fromBean(Entity30Bean.class).itemToMap((Entity30Bean) item, true);
      case 30:
        return TableSchema.fromBean(Entity31Bean.class).itemToMap((Entity31Bean) item, true);
      case 31:
        return TableSchema.fromBean(Entity32Bean.class).itemToMap((Entity32Bean) item, true);
      case 32:
        return TableSchema.fromBean(Entity33Bean.class).itemToMap((Entity33Bean) item, true);
      case 33:
        return TableSchema.fromBean(Entity34Bean.class).itemToMap((Entity34Bean) item, true);
      case 34:
        return TableSchema.fromBean(Entity35Bean.class).itemToMap((Entity35Bean) item, true);
      case 35:
        return TableSchema.fromBean(Entity36Bean.class).itemToMap((Entity36Bean) item, true);
      case 36:
        return TableSchema.fromBean(Entity37Bean.class).itemToMap((Entity37Bean) item, true);
      case 37:
        return TableSchema.fromBean(Entity38Bean.class).itemToMap((Entity38Bean) item, true);
      case 38:
        return TableSchema.fromBean(Entity39Bean.class).itemToMap((Entity39Bean) item, true);
      case 39:
        return TableSchema.fromBean(Entity40Bean.class).itemToMap((Entity40Bean) item, true);
      case 40:
        return TableSchema.fromBean(Entity41Bean.class).itemToMap((Entity41Bean) item, true);
      case 41:
        return TableSchema.fromBean(Entity42Bean.class).itemToMap((Entity42Bean) item, true);
      case 42:
        return TableSchema.fromBean(Entity43Bean.class).itemToMap((Entity43Bean) item, true);
      case 43:
        return TableSchema.fromBean(Entity44Bean.class).itemToMap((Entity44Bean) item, true);
      case 44:
        return TableSchema.fromBean(Entity45Bean.class).itemToMap((Entity45Bean) item, true);
      case 45:
        return TableSchema.fromBean(Entity46Bean.class).itemToMap((Entity46Bean) item, true);
      case 46:
        return TableSchema.fromBean(Entity47Bean.class).itemToMap((Entity47Bean) item, true);
      case 47:
        return TableSchema.fromBean(Entity48Bean.class).itemToMap((Entity48Bean) item, true);
      case 48:
        return TableSchema.fromBean(Entity49Bean.class).itemToMap((Entity49Bean) item, true);
      case 49:
        return TableSchema.fromBean(Entity50Bean.class).itemToMap((Entity50Bean) item, true);
      default:
        throw new IllegalArgumentException("no entity " + i);
    }
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
