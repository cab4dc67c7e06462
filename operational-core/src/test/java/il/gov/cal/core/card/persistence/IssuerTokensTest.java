package il.gov.cal.core.card.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.core.card.domain.SealedToken;
import il.gov.cal.security.crypto.BlindIndex;
import il.gov.cal.security.crypto.EncryptionSdkFieldCipher;
import il.gov.cal.security.crypto.FieldDecryptionException;
import il.gov.cal.security.crypto.LocalKeyringProvider;
import il.gov.cal.security.redaction.Redactor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerTokensTest {

  @TempDir Path keys;
  private IssuerTokens tokens;

  @BeforeEach
  void keys() {
    tokens =
        new IssuerTokens(
            new EncryptionSdkFieldCipher(LocalKeyringProvider.open(keys)),
            BlindIndex.fromKeyDirectory(keys));
  }

  @Test
  void theBlindIndexIsIssuerWideSoTheSameTokenHasOneIndexInEveryOrganisation() {
    SealedToken ofOne = tokens.seal(1, "tok-4f1c");
    SealedToken ofTwo = tokens.seal(2, "tok-4f1c");

    assertThat(ofOne.index()).isEqualTo(ofTwo.index()).isEqualTo(tokens.index("tok-4f1c"));
    assertThat(ofOne.index()).matches("[0-9a-f]{64}").isNotEqualTo(tokens.index("tok-4f1d"));
    assertThat(new String(ofOne.ciphertext(), StandardCharsets.ISO_8859_1))
        .doesNotContain("tok-4f1c");
  }

  @Test
  void aCiphertextOpensOnlyForItsOrganisationAndItsIndex() {
    SealedToken sealed = tokens.seal(7, "tok-row");
    String otherIndex = tokens.index("tok-other");

    assertThat(tokens.open(7, sealed.index(), sealed.ciphertext())).isEqualTo("tok-row");
    assertThatThrownBy(() -> tokens.open(8, sealed.index(), sealed.ciphertext()))
        .isInstanceOf(FieldDecryptionException.class);
    assertThatThrownBy(() -> tokens.open(7, otherIndex, sealed.ciphertext()))
        .isInstanceOf(FieldDecryptionException.class);
  }

  @Test
  void theRowKeySpellsTheIndexWithoutDigitsSoNoIndexReadsAsACardNumber() {
    String allDigits = "0123456789".repeat(6) + "0123";

    String key = IssuerTokens.rowKey(allDigits);

    assertThat(key).isEqualTo("card-" + "abcdefghij".repeat(6) + "abcd");
    assertThat(IssuerTokens.rowKey("f0")).isEqualTo("card-pa");
    assertThat(Redactor.isClean(key)).isTrue();
  }

  @Test
  void aSealedTokenShowsNeitherPart() {
    SealedToken sealed = tokens.seal(1, "tok-shown");

    assertThat(sealed.toString()).doesNotContain("tok-shown", sealed.index());
  }
}
