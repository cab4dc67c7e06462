package il.gov.cal.odsaccess.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MinorUnitsTest {

  @Test
  void amountsUseTheCurrencyExponent() {
    assertThat(MinorUnits.toDecimal(12345, "ILS")).isEqualTo("123.45");
    assertThat(MinorUnits.toDecimal(-50, "USD")).isEqualTo("-0.50");
    assertThat(MinorUnits.toDecimal(500, "JPY")).isEqualTo("500");
    assertThat(MinorUnits.toDecimal(1234, "BHD")).isEqualTo("1.234");
  }

  @Test
  void largeAmountsStayExact() {
    assertThat(MinorUnits.toDecimal(9007199254740993L, "ILS")).isEqualTo("90071992547409.93");
  }

  @Test
  void anUnknownCurrencyIsShownWithTwoDecimals() {
    assertThat(MinorUnits.toDecimal(1, "XXZ")).isEqualTo("0.01");
  }

  @Test
  void debitsAndCreditsWithinTheExactRangeAddUpExactly() {
    double debits = (double) (1L << 52);
    double credits = -(double) ((1L << 52) - 5);

    assertThat(MinorUnits.exactTotal(debits, credits)).isEqualTo(5);
    assertThat(MinorUnits.exactTotal(debits, 0)).isEqualTo(4_503_599_627_370_496L);
    assertThat(MinorUnits.exactTotal(0, 0)).isZero();
  }

  @Test
  void aSumBeyondTheExactRangeIsRefused() {
    // 2^52 + 2 is the next double above 2^52: no longer provably exact.
    double justAbove = Math.nextUp((double) (1L << 52));

    assertThatThrownBy(() -> MinorUnits.exactTotal(justAbove, 0))
        .isInstanceOf(MinorUnits.InexactSumException.class);
    assertThatThrownBy(() -> MinorUnits.exactTotal(0, -justAbove))
        .isInstanceOf(MinorUnits.InexactSumException.class);
    assertThatThrownBy(() -> MinorUnits.exactTotal(Double.NaN, 0))
        .isInstanceOf(MinorUnits.InexactSumException.class);
    assertThatThrownBy(() -> MinorUnits.exactTotal(Double.POSITIVE_INFINITY, 0))
        .isInstanceOf(MinorUnits.InexactSumException.class);
  }

  @Test
  void aFractionalOrWrongSignedSumIsRefused() {
    assertThatThrownBy(() -> MinorUnits.exactTotal(10.5, 0))
        .isInstanceOf(MinorUnits.InexactSumException.class);
    assertThatThrownBy(() -> MinorUnits.exactTotal(-1, 0))
        .isInstanceOf(MinorUnits.InexactSumException.class);
    assertThatThrownBy(() -> MinorUnits.exactTotal(0, 1))
        .isInstanceOf(MinorUnits.InexactSumException.class);
  }
}
