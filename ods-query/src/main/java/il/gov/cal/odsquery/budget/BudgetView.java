package il.gov.cal.odsquery.budget;

/**
 * A unit's budget for one period: allocated, spent (net of nothing) and available (allocated less
 * spent plus refunds), as exact decimal strings in the budget's currency.
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
