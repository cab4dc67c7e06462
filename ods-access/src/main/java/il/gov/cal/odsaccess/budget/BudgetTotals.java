package il.gov.cal.odsaccess.budget;

/**
 * What a budget's transactions add up to: spent and refunded, in minor units of the budget's
 * currency, both non-negative in the usual case.
 *
 * @param spentMinor the sum of the kinds counted as spent ({@link BudgetCounting#SPENT})
 * @param refundedMinor the sum of the kinds counted as refunded, negated
 */
public record BudgetTotals(long spentMinor, long refundedMinor) {

  /** The totals of a budget without transactions. */
  public static final BudgetTotals NONE = new BudgetTotals(0, 0);

  /** These totals with the exact sum of one kind's amounts counted as {@link BudgetCounting}. */
  public BudgetTotals plus(String kind, long sumMinor) {
    return BudgetCounting.of(kind)
        .map(
            counting ->
                counting == BudgetCounting.SPENT
                    ? new BudgetTotals(Math.addExact(spentMinor, sumMinor), refundedMinor)
                    : new BudgetTotals(spentMinor, Math.subtractExact(refundedMinor, sumMinor)))
        .orElse(this);
  }

  /** What is left to spend of {@code allocatedMinor}: allocated, less spent, plus refunds. */
  public long availableOf(long allocatedMinor) {
    return Math.addExact(Math.subtractExact(allocatedMinor, spentMinor), refundedMinor);
  }
}
