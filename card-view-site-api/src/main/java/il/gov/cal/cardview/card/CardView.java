package il.gov.cal.cardview.card;

/**
 * The cardholder's card as the site shows it: never the number, only its last four digits.
 *
 * @param maskedNumber e.g. {@code **** **** **** 1234}
 * @param expiry {@code yyyy-MM}; null, and so absent from the answer, until the issuer reports the
 *     card issued
 * @param budget the card's unit budget for the current period, absent when there is none
 */
public record CardView(
    long id,
    String maskedNumber,
    String last4,
    String expiry,
    String status,
    long unitId,
    String unitName,
    BudgetAvailableView budget) {}
