package il.gov.cal.security.crypto;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Where field keys come from, read from MicroProfile Config.
 *
 * <ul>
 *   <li>{@value #KEYRING}: {@code local} (default; development and test) or {@code kms}.
 *   <li>{@value #LOCAL_KEY_DIR}: the local key directory (default {@code ~/.cal/keys}).
 *   <li>{@value #KMS_KEY_ARNS}: comma-separated KMS key ARNs, newest first (required for kms).
 *   <li>{@value #KMS_REGION}: the KMS region (default: the SDK's region lookup).
 *   <li>{@value #BLIND_INDEX_KEY}: the blind-index key, base64 of at least 32 bytes (required for
 *       kms, from the secrets store; with local keys a key file is created when it is absent).
 * </ul>
 *
 * <p>Local keys are refused when {@code mp.config.profile} is {@code beta} or {@code prod}.
 *
 * @param keyring {@code local} or {@code kms}
 * @param localKeyDirectory the local key directory
 * @param kmsKeyArns the KMS key ARNs, newest first
 * @param kmsRegion the KMS region, when set
 * @param blindIndexKey the blind-index key, when set
 * @param profile the configuration profile, when set
 */
public record FieldEncryptionSettings(
    String keyring,
    Path localKeyDirectory,
    List<String> kmsKeyArns,
    Optional<String> kmsRegion,
    Optional<byte[]> blindIndexKey,
    Optional<String> profile) {

  /** Config key: which keyring to use. */
  public static final String KEYRING = "cal.crypto.keyring";

  /** Config key: the local key directory. */
  public static final String LOCAL_KEY_DIR = "cal.crypto.local.key-dir";

  /** Config key: the KMS key ARNs, newest first. */
  public static final String KMS_KEY_ARNS = "cal.crypto.kms.key-arns";

  /** Config key: the KMS region. */
  public static final String KMS_REGION = "cal.crypto.kms.region";

  /** Config key: the blind-index key, base64. */
  public static final String BLIND_INDEX_KEY = "cal.crypto.blind-index.key";

  /** Validates the combination. */
  public FieldEncryptionSettings {
    kmsKeyArns = List.copyOf(kmsKeyArns);
    if (!keyring.equals("local") && !keyring.equals("kms")) {
      throw new IllegalArgumentException(KEYRING + " must be local or kms");
    }
    if (keyring.equals("local")
        && profile.map(p -> p.equals("beta") || p.equals("prod")).orElse(false)) {
      throw new IllegalStateException(
          "local field keys are not allowed in profile " + profile.get());
    }
    if (keyring.equals("kms") && (kmsKeyArns.isEmpty() || blindIndexKey.isEmpty())) {
      throw new IllegalArgumentException(
          "kms keyring needs " + KMS_KEY_ARNS + " and " + BLIND_INDEX_KEY);
    }
  }

  /**
   * Reads the settings.
   *
   * @param config the configuration
   * @return the settings
   */
  public static FieldEncryptionSettings fromConfig(Config config) {
    String keyring =
        config.getOptionalValue(KEYRING, String.class).orElse("local").toLowerCase(Locale.ROOT);
    Path keyDir =
        config
            .getOptionalValue(LOCAL_KEY_DIR, String.class)
            .map(Path::of)
            .orElse(Path.of(System.getProperty("user.home"), ".cal", "keys"));
    List<String> arns =
        config
            .getOptionalValue(KMS_KEY_ARNS, String.class)
            .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()))
            .map(s -> s.toList())
            .orElse(List.of());
    return new FieldEncryptionSettings(
        keyring,
        keyDir,
        arns,
        config.getOptionalValue(KMS_REGION, String.class),
        config.getOptionalValue(BLIND_INDEX_KEY, String.class).map(Base64.getDecoder()::decode),
        config.getOptionalValue("mp.config.profile", String.class));
  }

  /**
   * The keyring provider these settings describe; for {@code kms} a KMS client is built with the
   * SDK's default credentials chain.
   *
   * @return the provider
   */
  public KeyringProvider keyringProvider() {
    if (keyring.equals("local")) {
      return LocalKeyringProvider.open(localKeyDirectory);
    }
    var builder = KmsClient.builder();
    kmsRegion.ifPresent(r -> builder.region(Region.of(r)));
    return new KmsKeyringProvider(builder.build(), kmsKeyArns);
  }

  /**
   * The blind index these settings describe.
   *
   * @return the blind index
   */
  public BlindIndex blindIndex() {
    return blindIndexKey
        .map(BlindIndex::new)
        .orElseGet(() -> BlindIndex.fromKeyDirectory(localKeyDirectory));
  }
}
