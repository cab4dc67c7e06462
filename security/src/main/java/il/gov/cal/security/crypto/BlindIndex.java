package il.gov.cal.security.crypto;

import il.gov.cal.security.redaction.NationalIds;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Equality search over encrypted fields: a keyed hash (HMAC-SHA256, lowercase hex) of a normalised
 * value, stored beside the ciphertext and indexed. Equal values of the same field in the same
 * organisation give equal indexes; nothing else does, and without the key an index reveals nothing.
 *
 * <p>The hash input is framed (a version tag, the organisation id, then the length-prefixed field
 * name and value), so different (organisation, field, value) triples can never produce the same
 * input. Normalisation depends on the field: a national id ({@code national_id}, {@code
 * nationalId}) is padded to nine digits and must be valid; a card number ({@code pan}, {@code
 * card_number}) keeps only its digits; an opaque token ({@code issuer_token}), whose case is
 * significant, is only trimmed; any other value is NFKC-normalised, trimmed and lower-cased.
 *
 * <p>The key is separate from the encryption keys and must be at least 32 bytes. It cannot rotate
 * without recomputing every stored index, which this class does not do.
 */
public final class BlindIndex {

  /** The key file name inside a local key directory. */
  public static final String KEY_FILE = "cal-blind-index.key";

  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] VERSION_TAG = "cal-blind-index-v1".getBytes(StandardCharsets.UTF_8);
  private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final Set<String> NATIONAL_ID_FIELDS = Set.of("nationalid");
  private static final Set<String> CARD_NUMBER_FIELDS = Set.of("pan", "cardnumber");
  private static final Set<String> TOKEN_FIELDS = Set.of("issuertoken");
  private static final int MIN_KEY_BYTES = 32;

  private final SecretKeySpec key;

  /**
   * A blind index under the given key.
   *
   * @param key at least 32 secret bytes; copied
   */
  public BlindIndex(byte[] key) {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("blind-index key must be at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /**
   * A blind index whose key is the file {@value #KEY_FILE} in a local key directory, created with
   * 32 random bytes when missing: for development and test.
   *
   * @param keyDirectory the local key directory
   * @return the blind index
   */
  public static BlindIndex fromKeyDirectory(Path keyDirectory) {
    return new BlindIndex(
        SecretFiles.readOrCreate(
            keyDirectory.resolve(KEY_FILE),
            () -> {
              byte[] bytes = new byte[MIN_KEY_BYTES];
              new SecureRandom().nextBytes(bytes);
              return bytes;
            }));
  }

  /**
   * The blind index of a value.
   *
   * @param organisationId the owning organisation
   * @param field the field name, an identifier; it selects the normalisation
   * @param value the value, not {@code null}
   * @return 64 lowercase hex characters
   * @throws IllegalArgumentException when the value is not valid for its field (the message never
   *     repeats the value)
   */
  public String of(long organisationId, String field, String value) {
    if (field == null || !FIELD.matcher(field).matches()) {
      throw new IllegalArgumentException("field must be an identifier");
    }
    if (value == null) {
      throw new IllegalArgumentException("value must not be null");
    }
    byte[] fieldBytes = field.getBytes(StandardCharsets.UTF_8);
    byte[] valueBytes = normalize(field, value).getBytes(StandardCharsets.UTF_8);
    ByteBuffer input =
        ByteBuffer.allocate(VERSION_TAG.length + 8 + 4 + fieldBytes.length + 4 + valueBytes.length)
            .put(VERSION_TAG)
            .putLong(organisationId)
            .putInt(fieldBytes.length)
            .put(fieldBytes)
            .putInt(valueBytes.length)
            .put(valueBytes);
    return HexFormat.of().formatHex(mac().doFinal(input.array()));
  }

  /**
   * The normalised form of a value, as hashed.
   *
   * @param field the field name
   * @param value the value
   * @return the normalised value
   */
  static String normalize(String field, String value) {
    String kind = field.toLowerCase(Locale.ROOT).replace("_", "");
    if (NATIONAL_ID_FIELDS.contains(kind)) {
      return NationalIds.normalize(value.strip().replace("-", ""));
    }
    if (CARD_NUMBER_FIELDS.contains(kind)) {
      String digits = value.replaceAll("[\\s-]", "");
      if (!digits.matches("[0-9]{12,19}")) {
        throw new IllegalArgumentException("not a card number");
      }
      return digits;
    }
    if (TOKEN_FIELDS.contains(kind)) {
      return value.strip();
    }
    return Normalizer.normalize(value, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  private Mac mac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
    }
  }
}
