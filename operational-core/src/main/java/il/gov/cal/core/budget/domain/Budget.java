package il.gov.cal.core.budget.domain;

import il.gov.cal.core.tenancy.TenantOwned;
import il.gov.cal.security.problem.BadRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The amount a unit may spend in a fiscal period. Invariants: one budget per unit and period
 * (enforced by the database's unique key and checked first by the service); allocated in ILS, in
 * minor units, never negative. Spent and refunded are not held here but computed from the
 * transactions (see the package documentation), and combined with the allocation by {@link
 * #figures(long, long)}.
 */
@Entity
@Table(name = "budget")
public class Budget extends TenantOwned {

  /** The only currency budgets are allocated in. */
  public static final String CURRENCY = "ILS";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_id")
  private long unitId;

  @Column(name = "fiscal_year")
  private int fiscalYear;

  @Column(name = "fiscal_month")
  private Integer fiscalMonth;

  private String currency;

  @Column(name = "allocated_minor")
  private long allocatedMinor;

  @Version private long version;

  protected Budget() {}

  /** Allocates {@code allocatedMinor} agorot to a unit for a period. */
  public static Budget allocate(
      long unitId, FiscalPeriod period, long allocatedMinor, String currency) {
    if (!CURRENCY.equals(currency)) {
      throw BadRequest.ofField("budget.currency-not-ils", "allocated.currency", "must be ILS");
    }
    if (allocatedMinor < 0) {
      throw BadRequest.ofField(
          "budget.negative-allocation", "allocated.amount", "must not be negative");
    }
    Budget budget = new Budget();
    budget.unitId = unitId;
    budget.fiscalYear = period.year();
    budget.fiscalMonth = period.month();
    budget.currency = currency;
    budget.allocatedMinor = allocatedMinor;
    return budget;
  }

  /** The figures given what the transactions add up to. */
  public BudgetFigures figures(long spentMinor, long refundedMinor) {
    long available = Math.addExact(Math.subtractExact(allocatedMinor, spentMinor), refundedMinor);
    return new BudgetFigures(allocatedMinor, spentMinor, refundedMinor, available);
  }

  public Long id() {
    return id;
  }

  public long unitId() {
    return unitId;
  }

  public FiscalPeriod period() {
    return new FiscalPeriod(fiscalYear, fiscalMonth);
  }

  public String currency() {
    return currency;
  }

  public long allocatedMinor() {
    return allocatedMinor;
  }
}
