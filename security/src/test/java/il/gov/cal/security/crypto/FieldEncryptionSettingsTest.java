package il.gov.cal.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.security.testing.MapConfig;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

class FieldEncryptionSettingsTest {

  @Test
  void fromConfigDefaultsToLocalKeysAndBuildsAWorkingCipher(@TempDir Path keys) {
    FieldEncryptionSettings settings =
        FieldEncryptionSettings.fromConfig(
            new MapConfig(Map.of("cal.crypto.local.key-dir", keys.toString())));
    FieldCipher cipher = new EncryptionSdkFieldCipher(settings.keyringProvider());
    EncryptionContext context = EncryptionContext.of(1, "t", "f");

    assertThat(settings.keyring()).isEqualTo("local");
    assertThat(cipher.decrypt(cipher.encrypt("x", context), context)).isEqualTo("x");
    assertThat(settings.blindIndex().of(1, "f", "x")).hasSize(64);
  }

  @Test
  void fromConfigRefusesLocalKeysInTheProdAndBetaProfiles() {
    for (String profile : new String[] {"prod", "beta"}) {
      assertThatThrownBy(
              () ->
                  FieldEncryptionSettings.fromConfig(
                      new MapConfig(Map.of("mp.config.profile", profile))))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void fromConfigRequiresKeyArnsAndABlindIndexKeyForKms() {
    assertThatThrownBy(
            () ->
                FieldEncryptionSettings.fromConfig(
                    new MapConfig(Map.of("cal.crypto.keyring", "kms"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cal.crypto.kms.key-arns");
  }

  @Test
  void fromConfigReadsKmsKeyArnsNewestFirstAndTheBase64BlindIndexKey() {
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    FieldEncryptionSettings settings =
        FieldEncryptionSettings.fromConfig(
            new MapConfig(
                Map.of(
                    "cal.crypto.keyring", "kms",
                    "cal.crypto.kms.key-arns",
                        " arn:aws:kms:eu-west-1:1:key/b , arn:aws:kms:eu-west-1:1:key/a",
                    "cal.crypto.kms.region", "eu-west-1",
                    "cal.crypto.blind-index.key", key,
                    "mp.config.profile", "prod")));

    assertThat(settings.kmsKeyArns())
        .containsExactly("arn:aws:kms:eu-west-1:1:key/b", "arn:aws:kms:eu-west-1:1:key/a");
    assertThat(settings.blindIndex().of(1, "f", "x")).hasSize(64);
  }

  @Test
  void kmsKeyringProviderIsBuiltWithoutCallingAws() {
    KmsClient client =
        KmsClient.builder()
            .region(Region.EU_WEST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("id", "secret")))
            .build();

    KmsKeyringProvider provider =
        new KmsKeyringProvider(
            client,
            List.of(
                "arn:aws:kms:eu-west-1:111122223333:key/2",
                "arn:aws:kms:eu-west-1:111122223333:key/1"));

    assertThat(provider.encryptingKeyring()).isNotNull();
    assertThat(provider.decryptingKeyring()).isNotSameAs(provider.encryptingKeyring());
    client.close();
  }
}
