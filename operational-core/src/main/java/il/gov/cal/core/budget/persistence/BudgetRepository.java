package il.gov.cal.core.budget.persistence;

import il.gov.cal.core.budget.domain.Budget;
import il.gov.cal.core.budget.domain.BudgetCounting;
import il.gov.cal.core.budget.domain.FiscalPeriod;
import il.gov.cal.core.tenancy.TenantRepository;
import il.gov.cal.core.unit.domain.Unit;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/** The caller's organisation's budgets, and the sums of their transactions. */
@RequestScoped
public class BudgetRepository extends TenantRepository<Budget> {

  public BudgetRepository() {
    super(Budget.class, "budget");
  }

  /**
   * Transaction totals for a budget: spent and refunded, both non-negative in the usual case.
   *
   * @param spentMinor the amounts of the kinds counted as spent ({@link BudgetCounting})
   * @param refundedMinor the amounts of the kinds counted as refunded, negated
   */
  public record Totals(long spentMinor, long refundedMinor) {}

  /** Whether the unit already has a budget for exactly this period. */
  public boolean exists(long unitId, FiscalPeriod period) {
    return !em().createQuery(
            "SELECT b.id FROM Budget b WHERE b.unitId = :unit AND b.fiscalYear = :year"
                + " AND ((:month IS NULL AND b.fiscalMonth IS NULL) OR b.fiscalMonth = :month)",
            Long.class)
        .setParameter("unit", unitId)
        .setParameter("year", period.year())
        .setParameter("month", period.month())
        .getResultList()
        .isEmpty();
  }

  /** A unit's budgets, by period. */
  public List<Budget> ofUnit(long unitId) {
    return em().createQuery(
            "SELECT b FROM Budget b WHERE b.unitId = :unit"
                + " ORDER BY b.fiscalYear, b.fiscalMonth",
            Budget.class)
        .setParameter("unit", unitId)
        .getResultList();
  }

  /** What the transactions of the budget's unit and its subtree add up to within its period. */
  public Totals totals(Budget budget, Unit unit) {
    List<Object[]> rows =
        em().createQuery(
                "SELECT t.kind, SUM(t.billingAmountMinor) FROM CardTransaction t"
                    + " WHERE t.billingCurrency = :currency"
                    + " AND t.transactionDate BETWEEN :first AND :last"
                    + " AND t.cardId IN (SELECT c.id FROM Card c WHERE c.unitId IN"
                    + " (SELECT u.id FROM Unit u WHERE u.path LIKE :subtree))"
                    + " GROUP BY t.kind",
                Object[].class)
            .setParameter("currency", budget.currency())
            .setParameter("first", budget.period().firstDay())
            .setParameter("last", budget.period().lastDay())
            .setParameter("subtree", unit.path() + "%")
            .getResultList();
    long spent = 0;
    long refunded = 0;
    for (Object[] row : rows) {
      long sum = ((Number) row[1]).longValue();
      BudgetCounting counting = BudgetCounting.of((String) row[0]).orElse(null);
      if (counting == BudgetCounting.REFUNDED) {
        refunded = Math.subtractExact(refunded, sum);
      } else if (counting == BudgetCounting.SPENT) {
        spent = Math.addExact(spent, sum);
      }
    }
    return new Totals(spent, refunded);
  }
}
