package il.gov.cal.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static final CurrencyUnit KWD = CurrencyUnit.of("KWD");
  private static final CurrencyUnit JPY = CurrencyUnit.of("JPY");

  @ParameterizedTest(name = "{3} minor units of {0} print as {4}")
  @CsvFileSource(resources = "/money/minor_units.csv", numLinesToSkip = 1)
  void minorUnitsPrintWithTheCurrencysImpliedDecimals(
      String alpha, String numeric, int digits, long minor, String major) {
    Money money = Money.fromMinor(minor, CurrencyUnit.of(alpha));

    assertThat(money.toDecimalString()).isEqualTo(major);
    assertThat(Money.parse(major, CurrencyUnit.of(alpha))).isEqualTo(money);
    assertThat(money.toBigDecimal().scale()).isEqualTo(digits);
  }

  @ParameterizedTest(name = "{0} to {2} with {3} is {4}")
  @MethodSource("decimalRoundingCases")
  void roundingFromDecimalFollowsTheGivenMode(
      String input, int scale, String currency, RoundingMode mode, String expected) {
    CurrencyUnit unit = CurrencyUnit.of(currency);
    assertThat(unit.minorUnits()).isEqualTo(scale);

    Money rounded = Money.of(new BigDecimal(input), unit, mode);

    assertThat(rounded.toDecimalString()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} with {3} is {4}")
  @MethodSource("doubleRoundingCases")
  void doubleInputRoundsWrongWhichIsWhyNoApiAcceptsDouble(
      String input, int scale, String currency, RoundingMode mode, String expected) {
    String decimal = input.replace("(double)", "");
    BigDecimal fromDouble = new BigDecimal(Double.parseDouble(decimal));

    assertThat(fromDouble.setScale(scale, mode).toPlainString()).isEqualTo(expected);
    assertThat(Money.of(new BigDecimal(decimal), CurrencyUnit.of(currency), mode).toDecimalString())
        .isNotEqualTo(expected);
    assertThat(publicSignaturesTakingFloatingPoint()).isEmpty();
  }

  static Stream<Arguments> decimalRoundingCases() throws IOException {
    return roundingCases().filter(row -> !row[0].endsWith("(double)")).map(MoneyTest::toArguments);
  }

  static Stream<Arguments> doubleRoundingCases() throws IOException {
    return roundingCases().filter(row -> row[0].endsWith("(double)")).map(MoneyTest::toArguments);
  }

  private static Stream<String[]> roundingCases() throws IOException {
    try (InputStream in = MoneyTest.class.getResourceAsStream("/money/rounding_cases.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String[]> rows =
          text.lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(line -> line.split(",", 6))
              .toList();
      assertThat(rows).hasSize(15);
      return rows.stream();
    }
  }

  private static Arguments toArguments(String[] row) {
    return Arguments.of(
        row[0], Integer.parseInt(row[1]), row[2], RoundingMode.valueOf(row[3]), row[4]);
  }

  private static List<String> publicSignaturesTakingFloatingPoint() {
    List<Executable> executables = new ArrayList<>(List.of(Money.class.getDeclaredMethods()));
    for (Constructor<?> constructor : Money.class.getDeclaredConstructors()) {
      executables.add(constructor);
    }
    List<String> offending = new ArrayList<>();
    for (Executable executable : executables) {
      if (!Modifier.isPublic(executable.getModifiers())) {
        continue;
      }
      for (Class<?> type : executable.getParameterTypes()) {
        if (type == double.class || type == float.class || type == Double.class) {
          offending.add(executable.toString());
        }
      }
    }
    return offending;
  }

  @Test
  void kuwaitiDinarPrintsThreeDecimals() {
    assertThat(Money.fromMinor(92_000, KWD).toDecimalString()).isEqualTo("92.000");
    assertThat(Money.fromMinor(92_000, KWD).toString()).isEqualTo("KWD 92.000");
  }

  @Test
  void parseAcceptsFewerDecimalsThanTheCurrencyHas() {
    assertThat(Money.parse("19.9", CurrencyUnit.ILS).minorUnits()).isEqualTo(1990);
    assertThat(Money.parse("92", KWD).minorUnits()).isEqualTo(92_000);
    assertThat(Money.parse("-23.45", CurrencyUnit.USD).minorUnits()).isEqualTo(-2345);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.234", "1.230", "0.001"})
  void parseRejectsMoreDecimalsThanTheCurrencyHas(String text) {
    assertThatThrownBy(() -> Money.parse(text, CurrencyUnit.USD))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("USD has 2");
  }

  @Test
  void parseRejectsAnyDecimalsForZeroDigitCurrency() {
    assertThatThrownBy(() -> Money.parse("1500.0", JPY)).isInstanceOf(NumberFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "1.", ".5", "+1.00", "1e3", "1,000.00", " 1.00", "12A45"})
  void parseRejectsTextThatIsNotAPlainDecimal(String text) {
    assertThatThrownBy(() -> Money.parse(text, CurrencyUnit.USD))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void parseRejectsAmountsBeyondLongRange() {
    assertThatThrownBy(() -> Money.parse("92233720368547758.08", CurrencyUnit.USD))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void ofExactRefusesToDropNonZeroDigits() {
    assertThat(Money.ofExact(new BigDecimal("1.230"), CurrencyUnit.USD).minorUnits())
        .isEqualTo(123);
    assertThatThrownBy(() -> Money.ofExact(new BigDecimal("1.235"), CurrencyUnit.USD))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void arithmeticKeepsCurrencyAndSign() {
    Money purchase = Money.fromMinor(12_345, CurrencyUnit.USD);
    Money refund = Money.fromMinor(2_345, CurrencyUnit.USD).negate();

    assertThat(purchase.plus(refund)).isEqualTo(Money.fromMinor(10_000, CurrencyUnit.USD));
    assertThat(purchase.minus(refund).toDecimalString()).isEqualTo("146.90");
    assertThat(refund.isNegative()).isTrue();
    assertThat(refund.abs().signum()).isEqualTo(1);
    assertThat(Money.zero(CurrencyUnit.ILS).isZero()).isTrue();
  }

  @Test
  void arithmeticAcrossCurrenciesIsRefused() {
    Money dollars = Money.fromMinor(1000, CurrencyUnit.USD);
    Money euros = Money.fromMinor(1000, CurrencyUnit.EUR);

    assertThatThrownBy(() -> dollars.plus(euros)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> dollars.minus(euros)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> dollars.compareTo(euros))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void arithmeticOverflowFailsInsteadOfWrapping() {
    Money max = Money.fromMinor(Long.MAX_VALUE, CurrencyUnit.ILS);

    assertThatThrownBy(() -> max.plus(Money.fromMinor(1, CurrencyUnit.ILS)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.fromMinor(Long.MIN_VALUE, CurrencyUnit.ILS).negate())
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void equalAmountsInDifferentCurrenciesAreNotEqual() {
    assertThat(Money.fromMinor(100, CurrencyUnit.USD))
        .isEqualTo(Money.fromMinor(100, CurrencyUnit.USD))
        .hasSameHashCodeAs(Money.fromMinor(100, CurrencyUnit.USD))
        .isNotEqualTo(Money.fromMinor(100, CurrencyUnit.EUR));
  }
}
