package il.gov.cal.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlindIndexTest {

  private final BlindIndex index = new BlindIndex(key(1));

  @Test
  void ofIsSixtyFourLowercaseHexCharactersAndDeterministic() {
    String first = index.of(5, "email", "dana@example.org");

    assertThat(first).matches("[0-9a-f]{64}");
    assertThat(index.of(5, "email", "dana@example.org")).isEqualTo(first);
  }

  @Test
  void ofIsTheSameForANationalIdWithAndWithoutLeadingZeroOrDash() {
    String padded = index.of(5, "national_id", "012345674");

    assertThat(index.of(5, "national_id", "12345674")).isEqualTo(padded);
    assertThat(index.of(5, "nationalId", "1234567-4"))
        .isEqualTo(index.of(5, "nationalId", "012345674"));
  }

  @Test
  void ofIsTheSameForACardNumberWithSpacesOrDashes() {
    assertThat(index.of(5, "pan", "4111 1111-1111 1111"))
        .isEqualTo(index.of(5, "pan", "4111111111111111"));
  }

  @Test
  void ofIgnoresCaseAndSurroundingSpaceOfOtherValues() {
    assertThat(index.of(5, "email", "  Dana@Example.org "))
        .isEqualTo(index.of(5, "email", "dana@example.org"));
  }

  @Test
  void ofKeepsTheCaseOfAnIssuerTokenWhoseLettersAreSignificant() {
    assertThat(index.of(0, "issuer_token", "tok_9fA2"))
        .isNotEqualTo(index.of(0, "issuer_token", "tok_9fa2"));
    assertThat(index.of(0, "issuer_token", " tok_9fA2\t"))
        .isEqualTo(index.of(0, "issuer_token", "tok_9fA2"));
  }

  @Test
  void ofDiffersByOrganisationFieldValueAndKey() {
    String base = index.of(5, "email", "dana@example.org");

    assertThat(index.of(6, "email", "dana@example.org")).isNotEqualTo(base);
    assertThat(index.of(5, "login", "dana@example.org")).isNotEqualTo(base);
    assertThat(index.of(5, "email", "dan@example.org")).isNotEqualTo(base);
    assertThat(new BlindIndex(key(2)).of(5, "email", "dana@example.org")).isNotEqualTo(base);
  }

  @Test
  void ofRejectsAnInvalidNationalIdWithoutRepeatingIt() {
    assertThatThrownBy(() -> index.of(5, "national_id", "123456789"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("123456789");
  }

  @Test
  void constructionRejectsAKeyShorterThan32Bytes() {
    assertThatThrownBy(() -> new BlindIndex(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromKeyDirectoryCreatesTheKeyOnceAndReusesIt(@TempDir Path keys) {
    String first = BlindIndex.fromKeyDirectory(keys).of(1, "email", "a@b.c");

    assertThat(BlindIndex.fromKeyDirectory(keys).of(1, "email", "a@b.c")).isEqualTo(first);
    assertThat(keys.resolve(BlindIndex.KEY_FILE)).exists();
  }

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }
}
