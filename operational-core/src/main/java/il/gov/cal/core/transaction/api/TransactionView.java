package il.gov.cal.core.transaction.api;

import il.gov.cal.core.api.MoneyView;
import il.gov.cal.core.transaction.domain.CardTransaction;
import java.time.LocalDate;

/**
 * A card transaction as the API shows it; amounts are signed decimal strings (credits negative).
 *
 * @param id the transaction id
 * @param cardId the card it was made with
 * @param kind PURCHASE, REFUND, REVERSAL, PAYMENT or CREDIT_ADJUSTMENT
 * @param transactionDate when it was made (ISO 8601)
 * @param postingDate when the issuer posted it (ISO 8601)
 * @param original the amount in the merchant's currency
 * @param billing the amount charged to the organisation
 * @param merchantName the merchant
 * @param merchantCity the merchant's city, or null
 * @param mcc the merchant category code
 * @param mccDescription what the category code means, or null
 * @param status the transaction's status as imported
 */
public record TransactionView(
    Long id,
    long cardId,
    String kind,
    LocalDate transactionDate,
    LocalDate postingDate,
    MoneyView original,
    MoneyView billing,
    String merchantName,
    String merchantCity,
    String mcc,
    String mccDescription,
    String status) {

  static TransactionView of(CardTransaction t) {
    return new TransactionView(
        t.id(),
        t.cardId(),
        t.kind(),
        t.transactionDate(),
        t.postingDate(),
        MoneyView.ofMinor(t.originalAmountMinor(), t.originalCurrency()),
        MoneyView.ofMinor(t.billingAmountMinor(), t.billingCurrency()),
        t.merchantName(),
        t.merchantCity(),
        t.mcc(),
        t.mccDescription(),
        t.status());
  }
}
