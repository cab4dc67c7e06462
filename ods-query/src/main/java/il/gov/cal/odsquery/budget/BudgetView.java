package il.gov.cal.odsquery.budget;

/**
 * A unit's budget for one period, as exact decimal strings in the budget's currency: allocated;
 * spent and refunded, from the transactions of the unit's subtree in the period ({@link
 * il.gov.cal.odsaccess.budget.BudgetCounting}); and available, allocated less spent plus refunded.
 * {@code period} is as asked for: {@code yyyy-MM} for a month, {@code yyyy} for the whole year.
 */
public record BudgetView(
    long unitId,
    String unitName,
    String unitPath,
    String period,
    String currency,
    String allocated,
    String spent,
    String refunded,
    String available) {}
