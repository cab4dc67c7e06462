package il.gov.cal.cardview.link;

import java.time.Instant;

/**
 * What a verified deep-link token says: this cardholder of this organisation may open the site for
 * this card, once, until {@code expiresAt}.
 *
 * @param tokenId random id (22 base64url characters), the key of the single-use register
 */
public record LinkToken(
    String tokenId,
    long orgId,
    long cardholderId,
    long cardId,
    Instant issuedAt,
    Instant expiresAt) {

  @Override
  public String toString() {
    return "LinkToken[cardholder=" + cardholderId + ", card=" + cardId + "]";
  }
}
