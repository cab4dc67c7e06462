package il.gov.cal.cardview.link;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Mints deep-link tokens. This class is for the mobile app's backend, which knows the signed-in
 * cardholder and the card they tapped, holds the shared key, and puts the token in the link that
 * opens the site ({@code https://.../card-view/#link=<token>}); the site's front end posts it to
 * {@code POST /card-view/session}. The site itself never mints tokens.
 */
public final class LinkTokenMinter {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final LinkTokenFormat format;
  private final Clock clock;

  public LinkTokenMinter(byte[] key, Clock clock) {
    this.format = new LinkTokenFormat(key);
    this.clock = clock;
  }

  /**
   * A fresh single-use token for one cardholder and card.
   *
   * @param ttl how long it stays valid, at most {@link LinkTokenFormat#MAX_TTL}
   */
  public String mint(long orgId, long cardholderId, long cardId, Duration ttl) {
    if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(LinkTokenFormat.MAX_TTL) > 0) {
      throw new IllegalArgumentException("A link token lives between 1 second and 2 minutes");
    }
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    Instant now = clock.instant();
    return format.write(
        new LinkToken(
            Base64.getUrlEncoder().withoutPadding().encodeToString(id),
            orgId,
            cardholderId,
            cardId,
            now,
            now.plus(ttl)));
  }
}
