package il.gov.cal.security.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrelationIdTest {

  @Test
  void isValidAcceptsEightToSixtyFourLettersDigitsAndDashes() {
    assertThat(CorrelationId.isValid("abcd-123")).isTrue();
    assertThat(CorrelationId.isValid("a".repeat(64))).isTrue();
    assertThat(CorrelationId.isValid("abc-123")).isFalse();
    assertThat(CorrelationId.isValid("a".repeat(65))).isFalse();
    assertThat(CorrelationId.isValid("abcd_1234")).isFalse();
    assertThat(CorrelationId.isValid(null)).isFalse();
  }

  @Test
  void isValidRejectsAnIdThatCarriesACardNumberOrNationalId() {
    assertThat(CorrelationId.isValid("4111111111111111")).isFalse();
    assertThat(CorrelationId.isValid("123456782")).isFalse();
  }

  @Test
  void generateMakesValidDistinctIds() {
    String first = CorrelationId.generate();

    assertThat(CorrelationId.isValid(first)).isTrue();
    assertThat(CorrelationId.generate()).isNotEqualTo(first);
  }

  @Test
  void bindMakesAnIdCurrentUntilUnbound() {
    CorrelationId.bind("req-00000001");
    assertThat(CorrelationId.current()).isEqualTo("req-00000001");
    assertThat(CorrelationId.currentOrGenerate()).isEqualTo("req-00000001");

    CorrelationId.unbind();

    assertThat(CorrelationId.current()).isNull();
    assertThat(CorrelationId.currentOrGenerate()).hasSize(36);
  }
}
