package il.gov.cal.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.security.problem.BadRequest;
import org.junit.jupiter.api.Test;

class MoneyViewTest {

  @Test
  void minorUnitsAreShownWithTheCurrencysDecimals() {
    assertThat(MoneyView.ofMinor(123450, "ILS")).isEqualTo(new MoneyView("1234.50", "ILS"));
    assertThat(MoneyView.ofMinor(-5, "ILS").amount()).isEqualTo("-0.05");
    assertThat(MoneyView.ofMinor(500, "JPY").amount()).isEqualTo("500");
  }

  @Test
  void decimalAmountsBecomeExactMinorUnits() {
    assertThat(MoneyView.toMinor("a", "1234.5", "ILS")).isEqualTo(123450);
    assertThat(MoneyView.toMinor("a", "0.01", "ILS")).isEqualTo(1);
  }

  @Test
  void amountsAreNeverRounded() {
    assertThatThrownBy(() -> MoneyView.toMinor("a", "0.001", "ILS")).isInstanceOf(BadRequest.class);
    assertThatThrownBy(() -> MoneyView.toMinor("a", "ten", "ILS")).isInstanceOf(BadRequest.class);
  }
}
