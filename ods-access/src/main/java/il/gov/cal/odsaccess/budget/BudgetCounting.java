package il.gov.cal.odsaccess.budget;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which budget figure a transaction kind counts towards, on the read side. It mirrors the
 * operational core's rule, {@code il.gov.cal.core.budget.domain.BudgetCounting} (applied by the
 * core's {@code BudgetRepository.totals}), so that the ODS shows the same spent and refunded
 * figures as the core for the same transactions. A change to one is a change to both.
 *
 * <p>Amounts are signed as stored (credits negative), so a figure is the plain sum of its kinds'
 * billing amounts, negated for refunded:
 *
 * <ul>
 *   <li>{@code PURCHASE}, {@code REVERSAL} and {@code CREDIT_ADJUSTMENT}: spent. A reversal undoes
 *       a purchase and an issuer's credit adjustment corrects a charge; both net against spending.
 *   <li>{@code REFUND}: refunded, the merchant's credit voucher for goods or services returned.
 *   <li>{@code PAYMENT}: no figure. A payment settles the card account with the issuer; the
 *       spending it pays for was counted when it was charged.
 * </ul>
 *
 * A kind this table does not name counts towards nothing, as in the core.
 */
public enum BudgetCounting {
  /** Counts towards spent, as summed. */
  SPENT("PURCHASE", "REVERSAL", "CREDIT_ADJUSTMENT"),
  /** Counts towards refunded, negated. */
  REFUNDED("REFUND");

  private final List<String> kinds;

  BudgetCounting(String... kinds) {
    this.kinds = List.of(kinds);
  }

  /** The figure transactions of the stored {@code kind} count towards, if any. */
  public static Optional<BudgetCounting> of(String kind) {
    return Stream.of(values()).filter(c -> c.kinds.contains(kind)).findFirst();
  }

  /** Every kind that counts towards a figure. */
  public static List<String> countedKinds() {
    return Stream.of(values()).flatMap(c -> c.kinds.stream()).toList();
  }
}
