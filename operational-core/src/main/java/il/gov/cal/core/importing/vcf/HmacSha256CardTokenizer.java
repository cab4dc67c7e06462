package il.gov.cal.core.importing.vcf;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Card tokens computed as HMAC-SHA256 of the card number's digits under a secret key, written as 64
 * lower-case hex characters.
 *
 * <p>Deterministic: the same key and number always give the same token, which is what lets a card
 * in tomorrow's file find the card row created from today's. Without the key, a token cannot be
 * turned back into a number, nor recomputed from a guessed one. Changing the key changes every
 * token, so a key rotation needs a re-keying of stored tokens; the key comes from the platform's
 * secrets store, never from code or configuration files.
 *
 * <p>Thread-safe: each call works on its own copy of the initialised MAC.
 */
public final class HmacSha256CardTokenizer implements CardTokenizer {

  /** The shortest key accepted: 256 bits, the HMAC-SHA256 output size. */
  public static final int MINIMUM_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final Mac prototype;

  /**
   * A tokenizer keyed by {@code secretKey}; the array is copied, the caller may clear its own.
   *
   * @throws IllegalArgumentException if the key is shorter than {@link #MINIMUM_KEY_BYTES}
   */
  public HmacSha256CardTokenizer(byte[] secretKey) {
    if (secretKey == null || secretKey.length < MINIMUM_KEY_BYTES) {
      throw new IllegalArgumentException(
          "card tokenizer key must be at least " + MINIMUM_KEY_BYTES + " bytes");
    }
    byte[] copy = secretKey.clone();
    try {
      prototype = Mac.getInstance(ALGORITHM);
      prototype.init(new SecretKeySpec(copy, ALGORITHM));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("the JDK offers no usable " + ALGORITHM, e);
    } finally {
      Arrays.fill(copy, (byte) 0);
    }
  }

  @Override
  public CardToken tokenize(CharSequence pan) {
    int length = pan == null ? 0 : pan.length();
    if (length < 12 || length > 19) {
      throw new IllegalArgumentException("a card number has 12 to 19 digits, got " + length);
    }
    byte[] digits = new byte[length];
    try {
      for (int i = 0; i < length; i++) {
        char c = pan.charAt(i);
        if (c < '0' || c > '9') {
          throw new IllegalArgumentException("a card number holds digits only");
        }
        digits[i] = (byte) c;
      }
      String token = HEX.formatHex(newMac().doFinal(digits));
      String last4 = pan.subSequence(length - 4, length).toString();
      return new CardToken(token, last4);
    } finally {
      Arrays.fill(digits, (byte) 0);
    }
  }

  private Mac newMac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the " + ALGORITHM + " provider cannot be copied", e);
    }
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "HmacSha256CardTokenizer";
  }
}
