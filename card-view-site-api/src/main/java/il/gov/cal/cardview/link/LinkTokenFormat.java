package il.gov.cal.cardview.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The compact deep-link token, shared by the minter (the mobile app's backend) and the site:
 *
 * <pre>
 *   cv1.&lt;payload&gt;.&lt;mac&gt;
 *   payload = base64url(tokenId "|" orgId "|" cardholderId "|" cardId "|" issuedAt "|" expiresAt)
 *   mac     = base64url(HMAC-SHA256(key, "cv1." payload))
 * </pre>
 *
 * Times are epoch seconds; base64url is without padding. A token lives at most {@link #MAX_TTL}.
 * The key is shared by the two parties only and is at least 32 bytes.
 */
public final class LinkTokenFormat {

  /** The longest a token may live between minting and expiry. */
  public static final Duration MAX_TTL = Duration.ofMinutes(2);

  private static final String VERSION = "cv1";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  public LinkTokenFormat(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("The link-token key must be at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  /** The signed compact form of a token. */
  public String write(LinkToken token) {
    String payload =
        B64.encodeToString(
            String.join(
                    "|",
                    token.tokenId(),
                    Long.toString(token.orgId()),
                    Long.toString(token.cardholderId()),
                    Long.toString(token.cardId()),
                    Long.toString(token.issuedAt().getEpochSecond()),
                    Long.toString(token.expiresAt().getEpochSecond()))
                .getBytes(StandardCharsets.UTF_8));
    String signed = VERSION + "." + payload;
    return signed + "." + B64.encodeToString(mac(signed));
  }

  /**
   * The token, when the text is well formed and its MAC is this key's; empty otherwise. Expiry and
   * single use are the caller's to check.
   */
  public Optional<LinkToken> read(String text) {
    if (text == null || text.length() > 512) {
      return Optional.empty();
    }
    String[] parts = text.split("\\.", -1);
    if (parts.length != 3 || !parts[0].equals(VERSION)) {
      return Optional.empty();
    }
    try {
      byte[] presented = B64D.decode(parts[2]);
      if (!MessageDigest.isEqual(mac(parts[0] + "." + parts[1]), presented)) {
        return Optional.empty();
      }
      String[] fields = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8).split("\\|", -1);
      if (fields.length != 6 || !fields[0].matches("[A-Za-z0-9_-]{22}")) {
        return Optional.empty();
      }
      return Optional.of(
          new LinkToken(
              fields[0],
              Long.parseLong(fields[1]),
              Long.parseLong(fields[2]),
              Long.parseLong(fields[3]),
              Instant.ofEpochSecond(Long.parseLong(fields[4])),
              Instant.ofEpochSecond(Long.parseLong(fields[5]))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
