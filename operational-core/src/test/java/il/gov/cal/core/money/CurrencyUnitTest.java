package il.gov.cal.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyUnitTest {

  @ParameterizedTest(name = "{0} ({1}) has {2} minor units")
  @CsvFileSource(resources = "/money/minor_units.csv", numLinesToSkip = 1)
  void tableGivesIsoMinorUnitsAndNumericCodeForEveryCaseCurrency(
      String alpha, String numeric, int minorUnits) {
    CurrencyUnit unit = CurrencyUnit.of(alpha);

    assertThat(unit.numericCode()).isEqualTo(numeric);
    assertThat(unit.minorUnits()).isEqualTo(minorUnits);
    assertThat(CurrencyUnit.ofNumeric(numeric)).isSameAs(unit);
  }

  @Test
  void numericLookupKeepsLeadingZeros() {
    assertThat(CurrencyUnit.ofNumeric("376")).isSameAs(CurrencyUnit.ILS);
    assertThat(CurrencyUnit.ofNumeric("048").alphaCode()).isEqualTo("BHD");
    assertThat(CurrencyUnit.ofNumeric("008").alphaCode()).isEqualTo("ALL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"48", "0048", "37a", "", "999", " 376"})
  void numericLookupFindsNothingWhenCodeIsNotThreeKnownDigits(String code) {
    assertThat(CurrencyUnit.findByNumeric(code)).isEmpty();
    assertThatThrownBy(() -> CurrencyUnit.ofNumeric(code))
        .isInstanceOf(UnknownCurrencyException.class);
  }

  @Test
  void alphaLookupRejectsWithdrawnAndLowerCaseCodes() {
    assertThat(CurrencyUnit.findByAlpha("HRK")).isEmpty();
    assertThat(CurrencyUnit.findByAlpha("ils")).isEmpty();
    assertThatThrownBy(() -> CurrencyUnit.of("XYZ"))
        .isInstanceOf(UnknownCurrencyException.class)
        .hasMessageContaining("'XYZ'");
  }

  @Test
  void unknownCodeMessageDoesNotQuoteLongValuesThatCouldBeCardNumbers() {
    assertThatThrownBy(() -> CurrencyUnit.ofNumeric("4111111111111111"))
        .isInstanceOf(UnknownCurrencyException.class)
        .hasMessageNotContaining("4111")
        .hasMessageContaining("16 characters");
  }

  @Test
  void commonCurrenciesArePresentWithIsoMinorUnits() {
    assertThat(CurrencyUnit.of("GBP").minorUnits()).isEqualTo(2);
    assertThat(CurrencyUnit.of("CHF").numericCode()).isEqualTo("756");
    assertThat(CurrencyUnit.of("CAD").numericCode()).isEqualTo("124");
    assertThat(CurrencyUnit.of("AUD").numericCode()).isEqualTo("036");
    assertThat(CurrencyUnit.of("ISK").minorUnits()).isZero();
    assertThat(CurrencyUnit.of("IQD").minorUnits()).isEqualTo(3);
  }

  @Test
  void tableHasNoDuplicateAlphaOrNumericCodes() {
    Set<String> alpha = new HashSet<>();
    Set<String> numeric = new HashSet<>();
    for (CurrencyUnit unit : CurrencyUnit.all()) {
      assertThat(alpha.add(unit.alphaCode())).as(unit.alphaCode()).isTrue();
      assertThat(numeric.add(unit.numericCode())).as(unit.numericCode()).isTrue();
    }
    assertThat(alpha).hasSizeGreaterThan(150);
  }
}
