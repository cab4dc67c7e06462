package il.gov.cal.odsaccess.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetTotalsTest {

  @Test
  void purchasesReversalsAndCreditAdjustmentsAreSpentRefundsRefundedPaymentsNothing() {
    BudgetTotals totals =
        BudgetTotals.NONE
            .plus("PURCHASE", 1_000_00)
            .plus("REVERSAL", -100_00)
            .plus("CREDIT_ADJUSTMENT", -5_00)
            .plus("REFUND", -20_00)
            .plus("PAYMENT", -900_00)
            .plus("UNKNOWN", 7_00);

    assertThat(totals).isEqualTo(new BudgetTotals(895_00, 20_00));
    assertThat(totals.availableOf(1_000_00)).isEqualTo(125_00);
  }

  @Test
  void theCountedKindsAreTheFourWithAFigure() {
    assertThat(BudgetCounting.countedKinds())
        .containsExactlyInAnyOrder("PURCHASE", "REVERSAL", "CREDIT_ADJUSTMENT", "REFUND");
    assertThat(BudgetCounting.of("PAYMENT")).isEmpty();
  }
}
