package il.gov.cal.odsaccess.money;

import static org.assertj.core.api.Assertions.assertThat;

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
}
