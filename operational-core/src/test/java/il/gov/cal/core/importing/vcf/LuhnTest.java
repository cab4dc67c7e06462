package il.gov.cal.core.importing.vcf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuhnTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"4111111111111111", "5555555555554444", "79927398713", "4580000000000018"})
  void validNumbersPass(String number) {
    assertThat(Luhn.isValid(number)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111112", "79927398710", "", "7", "4111 1111 1111 1111"})
  void invalidNumbersFail(String number) {
    assertThat(Luhn.isValid(number)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"411111111111111", "7992739871", "458000000000000"})
  void checkDigitCompletesAValidNumber(String payload) {
    assertThat(Luhn.isValid(payload + Luhn.checkDigit(payload))).isTrue();
  }
}
