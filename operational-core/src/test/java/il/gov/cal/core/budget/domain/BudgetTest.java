package il.gov.cal.core.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.security.problem.BadRequest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BudgetTest {

  @Test
  void availableIsAllocatedLessSpentPlusRefunded() {
    Budget budget = Budget.allocate(3, new FiscalPeriod(2026, null), 100_000, "ILS");

    BudgetFigures figures = budget.figures(20_025, 5_005);

    assertThat(figures.availableMinor()).isEqualTo(84_980);
    assertThat(budget.figures(150_000, 0).availableMinor()).isEqualTo(-50_000);
  }

  @Test
  void onlyNonNegativeIlsAllocationsAreAccepted() {
    FiscalPeriod year = new FiscalPeriod(2026, null);

    assertThatThrownBy(() -> Budget.allocate(3, year, 100, "USD")).isInstanceOf(BadRequest.class);
    assertThatThrownBy(() -> Budget.allocate(3, year, -1, "ILS")).isInstanceOf(BadRequest.class);
  }

  @Test
  void aPeriodIsAYearOrOneMonthOfIt() {
    assertThat(new FiscalPeriod(2024, 2).lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(new FiscalPeriod(2026, null).firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(new FiscalPeriod(2026, null).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThatThrownBy(() -> new FiscalPeriod(2026, 13)).isInstanceOf(BadRequest.class);
  }
}
