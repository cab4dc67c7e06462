package il.gov.cal.core.budget.domain;

/**
 * A budget's figures in minor units of its currency, exact.
 *
 * @param allocatedMinor what was allocated
 * @param spentMinor purchases net of reversals and credit adjustments ({@link BudgetCounting})
 * @param refundedMinor merchants' refunds, as a positive amount
 * @param availableMinor allocated - spent + refunded; negative when overspent
 */
public record BudgetFigures(
    long allocatedMinor, long spentMinor, long refundedMinor, long availableMinor) {}
