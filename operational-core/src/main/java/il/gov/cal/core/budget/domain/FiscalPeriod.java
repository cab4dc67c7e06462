package il.gov.cal.core.budget.domain;

import il.gov.cal.security.problem.BadRequest;
import java.time.LocalDate;

/**
 * A fiscal period: a calendar year, or one month of it when {@code month} is not null.
 *
 * @param year 2000 to 2100
 * @param month 1 to 12, or null for the whole year
 */
public record FiscalPeriod(int year, Integer month) {

  /** Checks the ranges, naming the offending field. */
  public FiscalPeriod {
    if (year < 2000 || year > 2100) {
      throw BadRequest.ofField(
          "budget.invalid-period", "fiscalYear", "must be between 2000 and 2100");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw BadRequest.ofField("budget.invalid-period", "fiscalMonth", "must be between 1 and 12");
    }
  }

  /** The first day of the period. */
  public LocalDate firstDay() {
    return LocalDate.of(year, month == null ? 1 : month, 1);
  }

  /** The last day of the period, inclusive. */
  public LocalDate lastDay() {
    return month == null
        ? LocalDate.of(year, 12, 31)
        : firstDay().withDayOfMonth(firstDay().lengthOfMonth());
  }
}
