package il.gov.cal.core.api;

import il.gov.cal.security.problem.BadRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opaque, tamper-evident page cursors: the last id of a page and the organisation it was issued to,
 * signed with HMAC-SHA256. A cursor that was altered, or issued to another organisation, is refused
 * with 400 instead of silently paging from somewhere else.
 */
@ApplicationScoped
public class CursorCodec {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private byte[] key;

  /** For the container's proxy only. */
  protected CursorCodec() {}

  /**
   * @param key the signing secret ({@code cal.core.cursor-key}); the default is for local use only
   */
  @Inject
  public CursorCodec(
      @ConfigProperty(name = "cal.core.cursor-key", defaultValue = "local-only-cursor-key")
          String key) {
    this.key = key.getBytes(StandardCharsets.UTF_8);
  }

  /** The cursor continuing after {@code lastId} for the given organisation. */
  public String encode(long organisationId, long lastId) {
    String payload = Long.toString(lastId);
    return payload + "." + ENCODER.encodeToString(sign(organisationId, payload));
  }

  /** The page request a cursor (null for the first page) and limit stand for. */
  public PageRequest decode(long organisationId, String cursor, int limit) {
    if (cursor == null || cursor.isBlank()) {
      return new PageRequest(0, limit);
    }
    int dot = cursor.indexOf('.');
    try {
      String payload = cursor.substring(0, Math.max(dot, 0));
      byte[] mac = DECODER.decode(cursor.substring(dot + 1));
      if (dot > 0 && MessageDigest.isEqual(mac, sign(organisationId, payload))) {
        return new PageRequest(Long.parseLong(payload), limit);
      }
    } catch (IllegalArgumentException e) {
      // Not base64 or not a number: the same answer as a bad signature.
    }
    throw BadRequest.ofField(
        "request.invalid-cursor", "cursor", "is not a cursor this server issued");
  }

  private byte[] sign(long organisationId, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal((organisationId + ":" + payload).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
