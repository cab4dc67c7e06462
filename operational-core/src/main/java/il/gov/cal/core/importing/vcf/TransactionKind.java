package il.gov.cal.core.importing.vcf;

import java.util.List;
import java.util.Optional;

/**
 * What a transaction type code means, and so which sign its amounts take. Code 10 is a purchase;
 * 11, 30, 31, 61, 63, 65, 71 and 73 are credits. A code not listed here is rejected with its
 * record, because its sign cannot be known; supporting a new code is a change to this table.
 *
 * <p>The public format notes name 61 to 73 "payments and credit adjustments" as one group; this
 * table reads the codes by their tens, as for 10/11 and 30/31: the sixties are payments, the
 * seventies credit adjustments. Should an issuer's own code list say otherwise, this table is the
 * one place to correct.
 */
public enum TransactionKind {
  /** Code 10: a purchase. */
  PURCHASE(Direction.DEBIT, List.of("10")),
  /** Code 11: a refund (credit voucher) from the merchant. */
  REFUND(Direction.CREDIT, List.of("11")),
  /** Codes 30 and 31: a purchase reversed. */
  REVERSAL(Direction.CREDIT, List.of("30", "31")),
  /**
   * Codes 61, 63 and 65: a payment made to the card account (the organisation settling its
   * statement with the issuer). It credits the account but gives no money back to a budget.
   */
  PAYMENT(Direction.CREDIT, List.of("61", "63", "65")),
  /**
   * Codes 71 and 73: a credit adjustment by the issuer (a dispute decided for the cardholder, a
   * charge corrected). It takes back part of what was charged.
   */
  CREDIT_ADJUSTMENT(Direction.CREDIT, List.of("71", "73"));

  private final Direction direction;
  private final List<String> typeCodes;

  TransactionKind(Direction direction, List<String> typeCodes) {
    this.direction = direction;
    this.typeCodes = typeCodes;
  }

  /** Whether the kind charges or credits the card. */
  public Direction direction() {
    return direction;
  }

  /** The two-digit type codes of this kind. */
  public List<String> typeCodes() {
    return typeCodes;
  }

  /** The kind of a transaction type code, if the table has it. */
  public static Optional<TransactionKind> ofTypeCode(String typeCode) {
    for (TransactionKind kind : values()) {
      if (kind.typeCodes.contains(typeCode)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
