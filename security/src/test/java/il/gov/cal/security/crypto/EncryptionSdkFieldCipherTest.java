package il.gov.cal.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionSdkFieldCipherTest {

  private static final EncryptionContext NATIONAL_ID =
      EncryptionContext.of(7, "cardholder", "national_id").forRow("ch-1001");

  @TempDir Path keys;
  private FieldCipher cipher;

  @BeforeEach
  void openKeys() {
    cipher = new EncryptionSdkFieldCipher(LocalKeyringProvider.open(keys));
  }

  @Test
  void decryptReturnsThePlaintextUnderTheSameContext() {
    byte[] ciphertext = cipher.encrypt("039337423 שלום", NATIONAL_ID);

    assertThat(cipher.decrypt(ciphertext, NATIONAL_ID)).isEqualTo("039337423 שלום");
  }

  @Test
  void encryptGivesADifferentCiphertextEachTimeWithoutThePlaintextInIt() {
    byte[] first = cipher.encrypt("039337423", NATIONAL_ID);
    byte[] second = cipher.encrypt("039337423", NATIONAL_ID);

    assertThat(first).isNotEqualTo(second);
    assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("039337423");
  }

  @Test
  void decryptFailsForACiphertextMovedToAnotherOrganisation() {
    byte[] ciphertext = cipher.encrypt("039337423", NATIONAL_ID);
    EncryptionContext otherTenant =
        EncryptionContext.of(8, "cardholder", "national_id").forRow("ch-1001");

    assertThatThrownBy(() -> cipher.decrypt(ciphertext, otherTenant))
        .isInstanceOf(FieldDecryptionException.class)
        .hasMessageNotContaining("039337423");
  }

  @Test
  void decryptFailsForACiphertextMovedToAnotherField() {
    byte[] ciphertext = cipher.encrypt("039337423", NATIONAL_ID);
    EncryptionContext otherField = EncryptionContext.of(7, "cardholder", "phone").forRow("ch-1001");

    assertThatThrownBy(() -> cipher.decrypt(ciphertext, otherField))
        .isInstanceOf(FieldDecryptionException.class);
  }

  @Test
  void decryptFailsForACiphertextMovedToAnotherRow() {
    byte[] ciphertext = cipher.encrypt("039337423", NATIONAL_ID);
    EncryptionContext otherRow =
        EncryptionContext.of(7, "cardholder", "national_id").forRow("ch-1002");

    assertThatThrownBy(() -> cipher.decrypt(ciphertext, otherRow))
        .isInstanceOf(FieldDecryptionException.class);
  }

  @Test
  void decryptFailsWhenTheExpectedContextLacksAnEntryTheCiphertextHas() {
    byte[] ciphertext = cipher.encrypt("039337423", NATIONAL_ID);
    EncryptionContext withoutRow = EncryptionContext.of(7, "cardholder", "national_id");

    assertThatThrownBy(() -> cipher.decrypt(ciphertext, withoutRow))
        .isInstanceOf(FieldDecryptionException.class);
  }

  @Test
  void decryptFailsForATamperedCiphertext() {
    byte[] ciphertext = cipher.encrypt("039337423", NATIONAL_ID);
    ciphertext[ciphertext.length - 40] ^= 1;

    assertThatThrownBy(() -> cipher.decrypt(ciphertext, NATIONAL_ID))
        .isInstanceOf(FieldDecryptionException.class);
  }

  @Test
  void decryptFailsUnderKeysThatDidNotEncrypt(@TempDir Path otherKeys) {
    byte[] ciphertext = cipher.encrypt("039337423", NATIONAL_ID);
    FieldCipher stranger = new EncryptionSdkFieldCipher(LocalKeyringProvider.open(otherKeys));

    assertThatThrownBy(() -> stranger.decrypt(ciphertext, NATIONAL_ID))
        .isInstanceOf(FieldDecryptionException.class);
  }
}
