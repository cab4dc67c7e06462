package il.gov.cal.core.cardholder.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.security.problem.BadRequest;
import org.junit.jupiter.api.Test;

class NationalIdTest {

  @Test
  void idsWithACorrectCheckDigitAreValid() {
    assertThat(NationalId.isValid("000000018")).isTrue();
    assertThat(NationalId.isValid("123456782")).isTrue();
    assertThat(NationalId.of("18").digits()).isEqualTo("000000018");
  }

  @Test
  void idsWithAWrongCheckDigitOrShapeAreRefused() {
    assertThat(NationalId.isValid("123456789")).isFalse();
    assertThat(NationalId.isValid("12345678a")).isFalse();
    assertThat(NationalId.isValid("1234567890")).isFalse();
    assertThat(NationalId.isValid("000000000")).isFalse();
    assertThat(NationalId.isValid(null)).isFalse();
    assertThat(NationalId.isValid("")).isFalse();
    assertThat(NationalId.isValid("0")).isFalse();
    assertThat(NationalId.isValid("١٢٣٤٥٦٧٨٢")).isFalse();
    assertThatThrownBy(() -> NationalId.of("123456789"))
        .isInstanceOfSatisfying(
            BadRequest.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("nationalId"));
  }

  @Test
  void theNumberNeverAppearsInToString() {
    assertThat(NationalId.of("123456782").toString()).doesNotContain("123456782");
  }
}
