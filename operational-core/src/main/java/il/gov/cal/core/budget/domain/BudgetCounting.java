package il.gov.cal.core.budget.domain;

import java.util.Optional;

/**
 * Which budget figure a stored transaction kind counts towards. Amounts are signed as stored
 * (credits negative), so a figure is the plain sum of its kinds' amounts, negated for refunded.
 *
 * <ul>
 *   <li>{@code PURCHASE}, {@code REVERSAL} and {@code CREDIT_ADJUSTMENT}: spent. A reversal undoes
 *       a purchase and an issuer's credit adjustment corrects a charge; both net against spending.
 *   <li>{@code REFUND}: refunded, the merchant's credit voucher for goods or services returned.
 *   <li>{@code PAYMENT}: no figure. A payment settles the card account with the issuer; the
 *       spending it pays for was counted when it was charged.
 * </ul>
 *
 * A kind this table does not name counts towards nothing; the import stores only the five above.
 */
public enum BudgetCounting {
  /** Counts towards spent. */
  SPENT,
  /** Counts towards refunded. */
  REFUNDED;

  /** The figure transactions of the stored {@code kind} count towards, if any. */
  public static Optional<BudgetCounting> of(String kind) {
    return switch (kind) {
      case "PURCHASE", "REVERSAL", "CREDIT_ADJUSTMENT" -> Optional.of(SPENT);
      case "REFUND" -> Optional.of(REFUNDED);
      default -> Optional.empty();
    };
  }
}
