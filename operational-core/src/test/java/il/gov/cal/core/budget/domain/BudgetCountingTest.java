package il.gov.cal.core.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetCountingTest {

  @Test
  void purchasesReversalsAndCreditAdjustmentsCountAsSpent() {
    assertThat(BudgetCounting.of("PURCHASE")).contains(BudgetCounting.SPENT);
    assertThat(BudgetCounting.of("REVERSAL")).contains(BudgetCounting.SPENT);
    assertThat(BudgetCounting.of("CREDIT_ADJUSTMENT")).contains(BudgetCounting.SPENT);
  }

  @Test
  void onlyMerchantRefundsCountAsRefunded() {
    assertThat(BudgetCounting.of("REFUND")).contains(BudgetCounting.REFUNDED);
  }

  @Test
  void paymentsToTheCardAccountCountTowardsNoFigure() {
    assertThat(BudgetCounting.of("PAYMENT")).isEmpty();
  }
}
