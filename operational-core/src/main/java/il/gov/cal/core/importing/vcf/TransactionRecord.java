package il.gov.cal.core.importing.vcf;

import il.gov.cal.core.money.Money;
import java.time.LocalDate;

/**
 * A posted card transaction (block record type 5).
 *
 * <p>Amounts are signed: credits (refunds, reversals, payments) are negative, as the file's type
 * code says; the file itself carries them unsigned. Each amount has its own currency with that
 * currency's implied decimals: a purchase made in euros and billed in dollars has a EUR source
 * amount and a USD billing amount. The reference is the issuer's unique id of the transaction:
 * seeing it again, in this file or another, means the same transaction.
 *
 * @param line the 1-based line in the file
 * @param card the card's token and last four digits
 * @param postingDate the date the issuer posted the transaction
 * @param reference the issuer's transaction reference number, the idempotency key
 * @param sequenceNumber the issuer's sequence number of the transaction
 * @param merchant the merchant
 * @param sourceAmount the amount in the merchant's (original) currency, signed
 * @param billingAmount the amount charged to the card in the billing currency, signed
 * @param mcc the merchant category code, four digits with leading zeros kept
 * @param typeCode the transaction type code as written ({@code 10}, {@code 11}, ...)
 * @param kind what the type code means
 * @param transactionDate the date of the purchase
 * @param taxAmount the tax included, in the source currency, signed like the amounts
 */
public record TransactionRecord(
    int line,
    CardToken card,
    LocalDate postingDate,
    String reference,
    long sequenceNumber,
    Merchant merchant,
    Money sourceAmount,
    Money billingAmount,
    String mcc,
    String typeCode,
    TransactionKind kind,
    LocalDate transactionDate,
    Money taxAmount)
    implements VcfEntry {

  /** Debit or credit, from the type code. */
  public Direction direction() {
    return kind.direction();
  }

  /** Whether the purchase was made in a currency other than the one billed. */
  public boolean isForeignCurrency() {
    return sourceAmount.currency() != billingAmount.currency();
  }
}
