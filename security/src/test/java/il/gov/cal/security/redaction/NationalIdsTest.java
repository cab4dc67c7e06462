package il.gov.cal.security.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"123456782", "039337423", "12345674", "000000018", "18"})
  void isValidIsTrueForIdsWithACorrectCheckDigitPaddedOrNot(String id) {
    assertThat(NationalIds.isValid(id)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"123456789", "1234567820", "12345678a", " 12345674", "000000000", "0"})
  void isValidIsFalseForWrongCheckDigitLengthCharactersOrAllZeros(String id) {
    assertThat(NationalIds.isValid(id)).isFalse();
  }

  @Test
  void normalizePadsAValidIdToNineDigits() {
    assertThat(NationalIds.normalize("12345674")).isEqualTo("012345674");
    assertThat(NationalIds.normalize("123456782")).isEqualTo("123456782");
  }

  @Test
  void normalizeRejectsAnInvalidIdWithoutRepeatingIt() {
    assertThatThrownBy(() -> NationalIds.normalize("123456789"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("123456789");
  }
}
