package il.gov.cal.core.budget.api;

import il.gov.cal.core.api.MoneyView;
import il.gov.cal.core.budget.application.BudgetService;
import il.gov.cal.core.budget.domain.Budget;
import il.gov.cal.core.budget.domain.BudgetFigures;

/**
 * A budget and its figures as of the request.
 *
 * @param id the budget id
 * @param unitId the unit
 * @param fiscalYear the calendar year
 * @param fiscalMonth the month, or null for a yearly budget
 * @param allocated what was allocated
 * @param spent purchases net of reversals and credit adjustments (payments are not spending)
 * @param refunded merchants' refunds received
 * @param available allocated - spent + refunded
 */
public record BudgetView(
    Long id,
    long unitId,
    int fiscalYear,
    Integer fiscalMonth,
    MoneyView allocated,
    MoneyView spent,
    MoneyView refunded,
    MoneyView available) {

  static BudgetView of(BudgetService.BudgetWithFigures found) {
    Budget b = found.budget();
    BudgetFigures f = found.figures();
    String c = b.currency();
    return new BudgetView(
        b.id(),
        b.unitId(),
        b.period().year(),
        b.period().month(),
        MoneyView.ofMinor(f.allocatedMinor(), c),
        MoneyView.ofMinor(f.spentMinor(), c),
        MoneyView.ofMinor(f.refundedMinor(), c),
        MoneyView.ofMinor(f.availableMinor(), c));
  }
}
