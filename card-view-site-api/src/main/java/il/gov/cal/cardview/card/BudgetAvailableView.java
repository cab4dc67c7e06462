package il.gov.cal.cardview.card;

/**
 * What is left of the card's unit budget.
 *
 * @param period {@code yyyy-MM}, or {@code yyyy} for a whole-year budget
 * @param available exact decimal, negative when overspent
 */
public record BudgetAvailableView(String period, String available, String currency) {}
