package dev.dynastore.internal;

import dev.dynastore.InvalidPageTokenException;
import dev.dynastore.KeyRange;
import dev.dynastore.kv.Index;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes a listing's position as a compact, URL-safe, opaque paging token, and decodes it back only for the
 * listing that produced it.
 *
 * <p>The position is the key of the last item the caller was given, or, when a page returned nothing (everything
 * it read was filtered out: expired, or another type's item in a shared global index), DynamoDB's
 * {@code LastEvaluatedKey}. Only the key attributes the listing does not already know are stored (the partition
 * is implied).
 *
 * <p>A token is {@code base64url(format, iv, AES-CTR(values))}, a deterministic authenticated encryption in the
 * manner of SIV (RFC 5297): the 16-byte IV is an HMAC-SHA256 over the listing (table, partition, index, range or
 * prefix, the partition a global index listing keeps, direction) and the values, so it is also the tag. An edited, truncated or foreign token fails the tag check and
 * gives {@link InvalidPageTokenException} before any request; without the key, a token reveals nothing of the
 * key it holds.
 *
 * <p>Both keys are derived from the session's {@code pageTokenKey}. The default is public (it is in this source):
 * with it, tokens are still checked, but anyone who reads this source can decrypt and forge them, and the token of
 * a page that returned nothing holds the key of the last item DynamoDB read for it. Set a secret key when tokens
 * leave your trust boundary.
 */
final class PageTokens {
  private static final byte FORMAT = 2;
  private static final byte MERGED_FORMAT = 3;
  private static final byte FROM_START = 0;
  private static final byte AFTER = 1;
  private static final int IV_BYTES = 16;
  private static final String MAC = "HmacSHA256";
  private static final String CIPHER = "AES/CTR/NoPadding";

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec macKey;
  private final Mac macPrototype;

  /** {@code key}: at least 16 bytes, checked by {@link dev.dynastore.Dynastore.Builder#pageTokenKey}. */
  PageTokens(byte[] key) {
    Mac derive = newMac(new SecretKeySpec(key.clone(), MAC));
    this.encryptionKey = new SecretKeySpec(derive.doFinal(bytes("dynastore page token encryption")), "AES");
    this.macKey = new SecretKeySpec(derive.doFinal(bytes("dynastore page token authentication")), MAC);
    this.macPrototype = newMac(macKey);
  }

  /** The listing a token belongs to, and the key attributes it carries, in order. */
  static final class Listing {
    final String table;
    final AttributeValue partition;
    final Index index;
    final KeyQuery query;
    final boolean reverse;

    Listing(String table, KeyQuery query, boolean reverse) {
      this.table = table;
      this.partition = query.partition();
      this.index = query.index();
      this.query = query;
      this.reverse = reverse;
    }

    /** For tests: a listing by prefix. */
    Listing(String table, AttributeValue partition, Index index, String prefix, boolean reverse) {
      this(table, KeyQuery.withPrefix(partition, index, prefix), reverse);
    }

    /** Key attributes stored in the token; the one holding the partition value is implied. */
    List<String> carriedAttributes() {
      if (index == null) {
        return List.of(ItemLayout.KEY);
      }
      if (!index.isGlobal()) {
        return List.of(ItemLayout.KEY, index.sortAttribute());
      }
      return List.of(ItemLayout.PARTITION, ItemLayout.KEY, index.sortAttribute());
    }

    String impliedAttribute() {
      return index == null ? ItemLayout.PARTITION : index.partitionAttribute();
    }

    /** The type DynamoDB expects of a key attribute this listing's tokens carry. */
    AttributeValue.Type typeOf(String attribute) {
      if (index != null && attribute.equals(index.sortAttribute())) {
        return AttributeValue.Type.valueOf(index.sortType().toString()); // S, N or B
      }
      return AttributeValue.Type.S; // id and name
    }
  }

  /** A token for the position after {@code item}: an item's attributes or a {@code LastEvaluatedKey}. */
  String encode(Listing listing, Map<String, AttributeValue> item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    for (String attribute : listing.carriedAttributes()) {
      AttributeValue value = item.get(attribute);
      if (value == null) {
        throw new IllegalStateException("the position to page from lacks its key attribute " + attribute);
      }
      writeValue(out, value);
    }
    return seal(listing, FORMAT, out.toByteArray());
  }

  Map<String, AttributeValue> decode(Listing listing, String token) {
    ByteBuffer body = ByteBuffer.wrap(open(listing, token, FORMAT));
    Map<String, AttributeValue> key = readKey(listing, body);
    if (body.hasRemaining()) {
      throw invalid("it has trailing bytes", null);
    }
    key.put(listing.impliedAttribute(), listing.partition);
    return key;
  }

  /**
   * The position of a merged listing (a sharded partition's): where each shard resumes, and the last item returned
   * (its sort key and shard), before which nothing is returned any more, even an item written since behind it.
   *
   * @param startKeys per shard, the key to read after, or null to read from its start
   * @param lastSort the sort key of the last item returned
   * @param lastShard the shard of the last item returned
   */
  record ShardPositions(List<Map<String, AttributeValue>> startKeys, AttributeValue lastSort, int lastShard) {}

  /** A token for a merged listing: each shard's position (its last item returned, or its start), and the last. */
  String encodeMerged(Listing listing, ShardPositions positions) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    writeVarint(out, positions.startKeys().size());
    writeValue(out, positions.lastSort());
    writeVarint(out, positions.lastShard());
    for (int shard = 0; shard < positions.startKeys().size(); shard++) {
      Map<String, AttributeValue> start = positions.startKeys().get(shard);
      if (start == null) {
        out.write(FROM_START);
      } else {
        out.write(AFTER);
        for (String attribute : listing.carriedAttributes()) {
          writeValue(out, start.get(attribute));
        }
      }
    }
    return seal(listing, MERGED_FORMAT, out.toByteArray());
  }

  /** The shards' positions a merged listing's token holds. */
  ShardPositions decodeMerged(Listing listing, String token, int shards) {
    ByteBuffer body = ByteBuffer.wrap(open(listing, token, MERGED_FORMAT));
    if (readVarint(body) != shards) {
      throw invalid("it holds another number of shards", null); // a valid tag: forged with the key
    }
    AttributeValue lastSort = readValue(body);
    int lastShard = readVarint(body);
    if (lastSort.type() != listing.typeOf(listing.query.sortAttribute()) || lastShard >= shards) {
      throw invalid("it holds a position of the wrong type", null);
    }
    List<Map<String, AttributeValue>> startKeys = new ArrayList<>(shards);
    for (int shard = 0; shard < shards; shard++) {
      if (!body.hasRemaining()) {
        throw invalid("it is truncated", null);
      }
      byte state = body.get();
      Map<String, AttributeValue> start = null;
      if (state == AFTER) {
        start = readKey(listing, body);
        start.put(ItemLayout.PARTITION, AttributeValue.fromS(Shards.partition(listing.partition.s(), shard)));
      } else if (state != FROM_START) {
        throw invalid("it holds an unknown shard state", null);
      }
      startKeys.add(start);
    }
    if (body.hasRemaining()) {
      throw invalid("it has trailing bytes", null);
    }
    return new ShardPositions(startKeys, lastSort, lastShard);
  }

  private Map<String, AttributeValue> readKey(Listing listing, ByteBuffer body) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (String attribute : listing.carriedAttributes()) {
      AttributeValue value = readValue(body);
      if (value.type() != listing.typeOf(attribute)) {
        throw invalid("it holds a key of the wrong type", null); // a valid tag: forged with the key
      }
      key.put(attribute, value);
    }
    return key;
  }

  /** {@code base64url(format, iv, AES-CTR(plain))}, the IV being the tag. */
  private String seal(Listing listing, byte format, byte[] plain) {
    byte[] iv = Arrays.copyOf(tag(listing, format, plain), IV_BYTES);
    byte[] encrypted = crypt(Cipher.ENCRYPT_MODE, iv, plain);
    ByteBuffer token = ByteBuffer.allocate(1 + IV_BYTES + encrypted.length).put(format).put(iv).put(encrypted);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
  }

  /** The plain bytes of a token of {@code format}, once its tag shows it was made for this listing. */
  private byte[] open(Listing listing, String token, byte format) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw invalid("it is not base64url", e);
    }
    if (bytes.length < 1 + IV_BYTES || bytes[0] != format) {
      throw invalid("it is truncated, of an unknown format, or of a listing sharded otherwise", null);
    }
    byte[] iv = Arrays.copyOfRange(bytes, 1, 1 + IV_BYTES);
    byte[] plain = crypt(Cipher.DECRYPT_MODE, iv, Arrays.copyOfRange(bytes, 1 + IV_BYTES, bytes.length));
    if (!MessageDigest.isEqual(iv, Arrays.copyOf(tag(listing, format, plain), IV_BYTES))) {
      throw invalid("it was edited, or belongs to another table, partition, index, range or direction", null);
    }
    return plain;
  }

  private byte[] tag(Listing listing, byte format, byte[] plain) {
    Mac mac = copyOfPrototype();
    if (format != FORMAT) {
      mac.update(format); // a single partition's tags are as they were before merged listings
      mac.update(ByteBuffer.allocate(4).putInt(listing.query.shards()).array());
    }
    updateWithText(mac, listing.table);
    updateWithText(mac, listing.partition.type() + ":" + text(listing.partition));
    updateWithText(mac, listing.index == null ? "" : listing.index.name());
    updateWithText(mac, describe(listing.query.range()));
    updateWithText(mac, listing.query.idFilter() == null ? "" : "id=" + listing.query.idFilter());
    mac.update(listing.reverse ? (byte) 1 : (byte) 0);
    mac.update(plain);
    return mac.doFinal();
  }

  /** A range, unambiguously: its kind and its typed bounds. */
  private static String describe(KeyRange<AttributeValue> range) {
    if (range instanceof KeyRange.All) {
      return "all";
    }
    if ((KeyRange<?>) range instanceof KeyRange.BeginsWith prefix) {
      return "prefix " + prefix.prefix();
    }
    if (range instanceof KeyRange.EqualTo<AttributeValue> equal) {
      return "= " + typed(equal.value());
    }
    if (range instanceof KeyRange.Between<AttributeValue> between) {
      return "between " + typed(between.low()) + " and " + typed(between.high());
    }
    if (range instanceof KeyRange.GreaterThan<AttributeValue> greater) {
      return (greater.inclusive() ? ">= " : "> ") + typed(greater.value());
    }
    KeyRange.LessThan<AttributeValue> less = (KeyRange.LessThan<AttributeValue>) range;
    return (less.inclusive() ? "<= " : "< ") + typed(less.value());
  }

  private static String typed(AttributeValue value) {
    String text = text(value);
    return value.type() + ":" + text.length() + ":" + text;
  }

  /** A scalar key value as text (binary as base64). */
  static String text(AttributeValue value) {
    switch (value.type()) {
      case S:
        return value.s();
      case N:
        return value.n();
      case B:
        return Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe());
      default:
        throw new IllegalArgumentException("a key value of type " + value.type());
    }
  }

  private byte[] crypt(int mode, byte[] iv, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(mode, encryptionKey, new IvParameterSpec(iv));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + CIPHER, e);
    }
  }

  /** A ready Mac without a provider lookup per token: Macs are not thread-safe, so each use gets a copy. */
  private Mac copyOfPrototype() {
    try {
      return (Mac) macPrototype.clone();
    } catch (CloneNotSupportedException providerCannotClone) {
      return newMac(macKey);
    }
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + MAC, e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void updateWithText(Mac mac, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    mac.update(bytes);
  }

  private static void writeValue(ByteArrayOutputStream out, AttributeValue value) {
    byte[] bytes;
    switch (value.type()) {
      case S:
        out.write('S');
        bytes = value.s().getBytes(StandardCharsets.UTF_8);
        break;
      case N:
        out.write('N');
        bytes = value.n().getBytes(StandardCharsets.US_ASCII);
        break;
      case B:
        out.write('B');
        bytes = value.b().asByteArrayUnsafe();
        break;
      default:
        throw new IllegalStateException("a key attribute of type " + value.type() + " cannot be paged");
    }
    writeVarint(out, bytes.length);
    out.write(bytes, 0, bytes.length);
  }

  private static AttributeValue readValue(ByteBuffer in) {
    if (!in.hasRemaining()) {
      throw invalid("it is truncated", null);
    }
    byte type = in.get();
    int length = readVarint(in);
    if (length > in.remaining()) {
      throw invalid("it is truncated", null);
    }
    byte[] bytes = new byte[length];
    in.get(bytes);
    switch (type) {
      case 'S':
        return AttributeValue.fromS(new String(bytes, StandardCharsets.UTF_8));
      case 'N':
        return AttributeValue.fromN(new String(bytes, StandardCharsets.US_ASCII));
      case 'B':
        return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
      default:
        throw invalid("it holds an unknown value type", null);
    }
  }

  private static void writeVarint(ByteArrayOutputStream out, int value) {
    while ((value & ~0x7F) != 0) {
      out.write((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.write(value);
  }

  private static int readVarint(ByteBuffer in) {
    int value = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      if (!in.hasRemaining()) {
        throw invalid("it is truncated", null);
      }
      byte b = in.get();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value < 0) {
          throw invalid("it holds a negative length", null);
        }
        return value;
      }
    }
    throw invalid("it holds a malformed length", null);
  }

  private static InvalidPageTokenException invalid(String why, Throwable cause) {
    String message = "invalid page token: " + why + "; pass back the lastKey of a page of this same listing";
    return cause == null ? new InvalidPageTokenException(message) : new InvalidPageTokenException(message, cause);
  }
}
