package il.gov.cal.cardview.transaction;

import il.gov.cal.odsaccess.document.TransactionDocument;
import il.gov.cal.odsaccess.document.TransactionDocument.Merchant;
import il.gov.cal.odsaccess.money.MinorUnits;

/**
 * A transaction on the cardholder's card, in both currencies: as the merchant charged it ({@code
 * amount}, {@code currency}) and as billed to the card ({@code billingAmount}, {@code
 * billingCurrency}). Amounts are exact decimals, negative for credits.
 */
public record CardTransactionView(
    long id,
    String transactionDate,
    String postingDate,
    String merchant,
    String merchantCity,
    String category,
    String mcc,
    String kind,
    String status,
    String amount,
    String currency,
    String billingAmount,
    String billingCurrency) {

  /** The view of a stored document. */
  public static CardTransactionView of(TransactionDocument doc) {
    Merchant m =
        doc.merchant() == null ? new Merchant(null, null, null, null, null) : doc.merchant();
    return new CardTransactionView(
        doc.id(),
        doc.transactionDate(),
        doc.postingDate(),
        m.name(),
        m.city(),
        m.mccDescription(),
        m.mcc(),
        doc.kind(),
        doc.status(),
        MinorUnits.toDecimal(doc.originalAmountMinor(), doc.originalCurrency()),
        doc.originalCurrency(),
        MinorUnits.toDecimal(doc.billingAmountMinor(), doc.billingCurrency()),
        doc.billingCurrency());
  }
}
