package dev.dynastore;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes DynamoDB's {@code LastEvaluatedKey} as a compact, URL-safe, opaque paging token, and decodes it
 * back only for the listing that produced it.
 *
 * <p>A token is {@code base64url(format, values..., tag)}. The values are those key attributes the listing
 * does not already know (the partition is implied); the tag is an HMAC-SHA256, truncated to 12 bytes, over the
 * values and the listing: table, partition, index, prefix and direction. An edited or truncated token, or one
 * from another listing, fails the tag check and gives {@link InvalidPageTokenException} before any request.
 *
 * <p>The HMAC key is the session's {@code pageTokenKey}. The default key is public (it is in this source), so
 * by default the tag detects mistakes and tampering by clients that do not read our source; set a secret key
 * when tokens cross a trust boundary and forged start keys matter.
 */
final class PageTokens {
  static final byte[] DEFAULT_KEY = "dynastore page token key, v1 (public default)".getBytes(StandardCharsets.UTF_8);

  private static final byte FORMAT = 1;
  private static final int TAG_BYTES = 12;
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final Mac prototype;

  /** {@code key}: at least 16 bytes, checked by {@link Dynastore.Builder#pageTokenKey}. */
  PageTokens(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    this.prototype = newMac();
  }

  /** The listing a token belongs to, and the key attributes it carries, in order. */
  static final class Listing {
    final String table;
    final String partition;
    final Index index;
    final String prefix;
    final boolean reverse;

    Listing(String table, String partition, Index index, String prefix, boolean reverse) {
      this.table = table;
      this.partition = partition;
      this.index = index;
      this.prefix = prefix;
      this.reverse = reverse;
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
  }

  String encode(Listing listing, Map<String, AttributeValue> lastEvaluatedKey) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    out.write(FORMAT);
    for (String attribute : listing.carriedAttributes()) {
      AttributeValue value = lastEvaluatedKey.get(attribute);
      if (value == null) {
        throw new IllegalStateException("DynamoDB's last evaluated key lacks " + attribute + ": " + lastEvaluatedKey);
      }
      writeValue(out, value);
    }
    byte[] body = out.toByteArray();
    byte[] tag = tag(listing, ByteBuffer.wrap(body));
    ByteBuffer token = ByteBuffer.allocate(body.length + TAG_BYTES).put(body).put(tag, 0, TAG_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
  }

  Map<String, AttributeValue> decode(Listing listing, String token) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw invalid("it is not base64url", e);
    }
    if (bytes.length < 1 + TAG_BYTES || bytes[0] != FORMAT) {
      throw invalid("it is truncated or of an unknown format", null);
    }
    int bodyLength = bytes.length - TAG_BYTES;
    ByteBuffer body = ByteBuffer.wrap(bytes, 0, bodyLength).slice();
    byte[] expected = tag(listing, ByteBuffer.wrap(bytes, 0, bodyLength));
    byte[] actual = new byte[TAG_BYTES];
    System.arraycopy(bytes, bodyLength, actual, 0, TAG_BYTES);
    if (!MessageDigest.isEqual(actual, Arrays.copyOf(expected, TAG_BYTES))) {
      throw invalid("it was edited, or belongs to another table, partition, index, prefix or direction", null);
    }
    body.get(); // format
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (String attribute : listing.carriedAttributes()) {
      key.put(attribute, readValue(body));
    }
    if (body.hasRemaining()) {
      throw invalid("it has trailing bytes", null);
    }
    key.put(listing.impliedAttribute(),
        listing.index == null ? AttributeValue.fromS(listing.partition) : listing.index.partitionValue(listing.partition));
    return key;
  }

  private byte[] tag(Listing listing, ByteBuffer body) {
    Mac mac = copyOfPrototype();
    updateWithText(mac, listing.table);
    updateWithText(mac, listing.partition);
    updateWithText(mac, listing.index == null ? "" : listing.index.name());
    updateWithText(mac, listing.prefix);
    mac.update(listing.reverse ? (byte) 1 : (byte) 0);
    mac.update(body.duplicate());
    return mac.doFinal();
  }

  /** A ready Mac without a provider lookup per token: Macs are not thread-safe, so each use gets a copy. */
  private Mac copyOfPrototype() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException providerCannotClone) {
      return newMac();
    }
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
    }
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
