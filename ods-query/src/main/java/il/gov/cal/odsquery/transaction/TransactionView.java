package il.gov.cal.odsquery.transaction;

import il.gov.cal.odsaccess.document.TransactionDocument;
import il.gov.cal.odsaccess.document.TransactionDocument.Merchant;
import il.gov.cal.odsaccess.money.MinorUnits;

/**
 * A transaction as the portal shows it: amounts as exact decimal strings beside their currency, the
 * original amount (as charged by the merchant) and the billing amount (charged to the card).
 */
public record TransactionView(
    long id,
    String transactionDate,
    String postingDate,
    long cardId,
    String cardLast4,
    Long cardholderId,
    String cardholderName,
    Long unitId,
    String unitName,
    String merchant,
    String merchantCity,
    String merchantCountry,
    String mcc,
    String category,
    String kind,
    String status,
    String amount,
    String currency,
    String billingAmount,
    String billingCurrency) {

  /** The view of a stored document. */
  public static TransactionView of(TransactionDocument doc) {
    Merchant merchant =
        doc.merchant() == null ? new Merchant(null, null, null, null, null) : doc.merchant();
    return new TransactionView(
        doc.id(),
        doc.transactionDate(),
        doc.postingDate(),
        doc.cardId(),
        doc.cardLast4(),
        doc.cardholderId(),
        doc.cardholderName(),
        doc.unitId(),
        doc.unitName(),
        merchant.name(),
        merchant.city(),
        merchant.country(),
        merchant.mcc(),
        merchant.mccDescription(),
        doc.kind(),
        doc.status(),
        MinorUnits.toDecimal(doc.originalAmountMinor(), doc.originalCurrency()),
        doc.originalCurrency(),
        MinorUnits.toDecimal(doc.billingAmountMinor(), doc.billingCurrency()),
        doc.billingCurrency());
  }
}
