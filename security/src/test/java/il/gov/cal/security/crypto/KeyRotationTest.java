package il.gov.cal.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRotationTest {

  private static final EncryptionContext PHONE = EncryptionContext.of(3, "cardholder", "phone");

  @TempDir Path keys;

  @Test
  void rowsEncryptedWithV1StillDecryptAfterRotatingToV2AndNewRowsUseOnlyV2(
      @TempDir Path onlyV1, @TempDir Path onlyV2) throws IOException {
    FieldCipher beforeRotation = new EncryptionSdkFieldCipher(LocalKeyringProvider.open(keys));
    List<byte[]> oldRows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      oldRows.add(beforeRotation.encrypt("050-000000" + i, PHONE));
    }

    assertThat(LocalKeyringProvider.rotate(keys)).isEqualTo(2);
    LocalKeyringProvider rotated = LocalKeyringProvider.open(keys);
    FieldCipher afterRotation = new EncryptionSdkFieldCipher(rotated);
    byte[] newRow = afterRotation.encrypt("050-1111111", PHONE);

    assertThat(rotated.currentVersion()).isEqualTo(2);
    for (int i = 0; i < oldRows.size(); i++) {
      assertThat(afterRotation.decrypt(oldRows.get(i), PHONE)).isEqualTo("050-000000" + i);
    }
    assertThat(afterRotation.decrypt(newRow, PHONE)).isEqualTo("050-1111111");

    copyKey(1, onlyV1);
    copyKey(2, onlyV2);
    FieldCipher v1Alone = new EncryptionSdkFieldCipher(LocalKeyringProvider.open(onlyV1));
    FieldCipher v2Alone = new EncryptionSdkFieldCipher(LocalKeyringProvider.open(onlyV2));
    assertThat(v2Alone.decrypt(newRow, PHONE)).isEqualTo("050-1111111");
    assertThatThrownBy(() -> v1Alone.decrypt(newRow, PHONE))
        .isInstanceOf(FieldDecryptionException.class);
  }

  @Test
  void openCreatesVersionOneOwnerOnlyWhenTheDirectoryHasNoKey() throws IOException {
    LocalKeyringProvider provider = LocalKeyringProvider.open(keys.resolve("new"));

    Path keyFile = keys.resolve("new").resolve("cal-field-key-v1.key");
    assertThat(provider.currentVersion()).isEqualTo(1);
    assertThat(Files.size(keyFile)).isEqualTo(32);
    assertThat(Files.getPosixFilePermissions(keyFile))
        .containsExactlyInAnyOrderElementsOf(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(keys.resolve("new")))
        .containsExactlyInAnyOrderElementsOf(PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void openRefusesAKeyFileOthersCanRead() throws IOException {
    LocalKeyringProvider.open(keys);
    Files.setPosixFilePermissions(
        keys.resolve("cal-field-key-v1.key"), PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> LocalKeyringProvider.open(keys))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("600");
  }

  @Test
  void openRefusesAKeyFileOfTheWrongLength() {
    SecretFiles.createIfAbsent(keys.resolve("cal-field-key-v1.key"), new byte[16]);

    assertThatThrownBy(() -> LocalKeyringProvider.open(keys))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("32 bytes");
  }

  private void copyKey(int version, Path target) throws IOException {
    String name = "cal-field-key-v" + version + ".key";
    SecretFiles.createIfAbsent(target.resolve(name), Files.readAllBytes(keys.resolve(name)));
  }
}
