package il.gov.cal.core.card.api;

import il.gov.cal.core.card.domain.Card;

/**
 * A card as the API shows it: never the issuer token, only the last four digits.
 *
 * @param id the card id
 * @param unitId the unit whose budget it is charged to
 * @param cardholderId the cardholder, or null while unassigned
 * @param last4 last four digits of the card number ({@code 0000} before issuance)
 * @param expiry {@code YYYY-MM}, or null before issuance
 * @param product PHYSICAL or VIRTUAL
 * @param status the lifecycle state
 */
public record CardView(
    Long id,
    long unitId,
    Long cardholderId,
    String last4,
    String expiry,
    String product,
    String status) {

  static CardView of(Card c) {
    return new CardView(
        c.id(),
        c.unitId(),
        c.cardholderId(),
        c.last4(),
        c.expiry(),
        c.product().name(),
        c.status().name());
  }
}
