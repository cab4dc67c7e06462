package il.gov.cal.odsaccess.cursor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.opensearch.client.opensearch._types.FieldValue;

/**
 * Turns a {@link Cursor} into an opaque, tamper-evident string and back. The string is {@code
 * base64url(payload) "." base64url(HMAC-SHA256(payload))}; the payload is line-oriented text (a
 * version, the query fingerprint, the expiry, the point-in-time id and one typed line per sort
 * value), so longs are written in decimal and never pass through a double.
 *
 * <p>A cursor is refused when its MAC does not match, when it was made for another query (the
 * fingerprint covers the organisation and every filter), or after it expired. It is opaque but not
 * secret: it carries sort values of the caller's own data only.
 */
public final class CursorCodec {

  private static final String VERSION = "c1";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final Clock clock;

  /**
   * @param secret the HMAC key, at least 32 bytes
   * @param clock the clock that expiry is judged by
   */
  public CursorCodec(byte[] secret, Clock clock) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("The cursor key must be at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.clock = clock;
  }

  /** A short, stable digest of a canonical query description, to bind a cursor to its query. */
  public static String fingerprint(String canonicalQuery) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonicalQuery.getBytes(StandardCharsets.UTF_8));
      return B64.encodeToString(java.util.Arrays.copyOf(digest, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The opaque string form of a cursor. */
  public String encode(Cursor cursor) {
    StringBuilder text = new StringBuilder(VERSION).append('\n');
    text.append(cursor.fingerprint()).append('\n');
    text.append(cursor.expiresAt().getEpochSecond()).append('\n');
    text.append(cursor.pitId() == null ? "-" : "P" + cursor.pitId());
    for (FieldValue value : cursor.after()) {
      text.append('\n').append(encodeValue(value));
    }
    byte[] payload = text.toString().getBytes(StandardCharsets.UTF_8);
    return B64.encodeToString(payload) + "." + B64.encodeToString(mac(payload));
  }

  /**
   * Reads a cursor back, checking its MAC, its query and its expiry.
   *
   * @throws InvalidCursorException with the reason, when any check fails
   */
  public Cursor decode(String token, String expectedFingerprint) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.')) {
      throw new InvalidCursorException("The cursor is malformed.");
    }
    byte[] payload;
    byte[] presented;
    try {
      payload = B64D.decode(token.substring(0, dot));
      presented = B64D.decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException("The cursor is malformed.");
    }
    if (!MessageDigest.isEqual(mac(payload), presented)) {
      throw new InvalidCursorException("The cursor has been altered.");
    }
    String[] lines = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
    if (lines.length < 4 || !VERSION.equals(lines[0])) {
      throw new InvalidCursorException("The cursor is from an unsupported version.");
    }
    if (!lines[1].equals(expectedFingerprint)) {
      throw new InvalidCursorException("The cursor belongs to a different query.");
    }
    Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(lines[2]));
    if (!clock.instant().isBefore(expiresAt)) {
      throw new InvalidCursorException("The cursor has expired; start the listing again.");
    }
    String pitId = lines[3].equals("-") ? null : lines[3].substring(1);
    List<FieldValue> after = new ArrayList<>();
    for (int i = 4; i < lines.length; i++) {
      after.add(decodeValue(lines[i]));
    }
    return new Cursor(lines[1], expiresAt, pitId, after);
  }

  private static String encodeValue(FieldValue value) {
    if (value.isLong()) {
      return "L" + value.longValue();
    }
    if (value.isDouble()) {
      return "D" + Double.toString(value.doubleValue());
    }
    if (value.isString()) {
      return "S" + B64.encodeToString(value.stringValue().getBytes(StandardCharsets.UTF_8));
    }
    if (value.isBoolean()) {
      return "B" + value.booleanValue();
    }
    return "N";
  }

  private static FieldValue decodeValue(String line) {
    String body = line.substring(1);
    return switch (line.charAt(0)) {
      case 'L' -> FieldValue.of(Long.parseLong(body));
      case 'D' -> FieldValue.of(Double.parseDouble(body));
      case 'S' -> FieldValue.of(new String(B64D.decode(body), StandardCharsets.UTF_8));
      case 'B' -> FieldValue.of(Boolean.parseBoolean(body));
      default -> FieldValue.NULL;
    };
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
