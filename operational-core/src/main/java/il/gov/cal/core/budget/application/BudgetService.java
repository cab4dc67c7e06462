package il.gov.cal.core.budget.application;

import static il.gov.cal.security.problem.DomainRuleViolation.Kind.CONFLICT;

import il.gov.cal.core.audit.Audit;
import il.gov.cal.core.budget.domain.Budget;
import il.gov.cal.core.budget.domain.BudgetFigures;
import il.gov.cal.core.budget.domain.FiscalPeriod;
import il.gov.cal.core.budget.persistence.BudgetRepository;
import il.gov.cal.core.unit.domain.Unit;
import il.gov.cal.core.unit.persistence.UnitRepository;
import il.gov.cal.security.problem.DomainRuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Use cases on the caller's organisation's budgets. */
@RequestScoped
@Transactional
public class BudgetService {

  private static final Logger log = LoggerFactory.getLogger(BudgetService.class);

  @Inject private BudgetRepository budgets;
  @Inject private UnitRepository units;
  @Inject private Audit audit;

  /** A budget with its current figures. */
  public record BudgetWithFigures(Budget budget, BudgetFigures figures) {}

  /** Allocates a budget to a unit for a period that has none yet. */
  public BudgetWithFigures allocateBudget(
      long unitId, FiscalPeriod period, long allocatedMinor, String currency) {
    Unit unit = units.require(unitId);
    if (budgets.exists(unitId, period)) {
      audit.failed("budget.allocate", "unit", unitId);
      throw new DomainRuleViolation(
          CONFLICT, "budget.already-allocated", "The unit already has a budget for this period");
    }

    Budget budget = budgets.add(Budget.allocate(unitId, period, allocatedMinor, currency));
    audit.succeeded("budget.allocate", "budget", budget.id());

    log.info(
        "budget allocated budgetId={} unitId={} year={} month={} allocatedMinor={}",
        budget.id(),
        unitId,
        period.year(),
        period.month(),
        allocatedMinor);
    return withFigures(budget, unit);
  }

  /** A budget and its figures as of now. */
  public BudgetWithFigures budget(long budgetId) {
    Budget budget = budgets.require(budgetId);
    return withFigures(budget, units.require(budget.unitId()));
  }

  /** A unit's budgets and their figures. */
  public List<BudgetWithFigures> budgetsOfUnit(long unitId) {
    Unit unit = units.require(unitId);
    return budgets.ofUnit(unitId).stream().map(b -> withFigures(b, unit)).toList();
  }

  private BudgetWithFigures withFigures(Budget budget, Unit unit) {
    BudgetRepository.Totals totals = budgets.totals(budget, unit);
    return new BudgetWithFigures(
        budget, budget.figures(totals.spentMinor(), totals.refundedMinor()));
  }
}
