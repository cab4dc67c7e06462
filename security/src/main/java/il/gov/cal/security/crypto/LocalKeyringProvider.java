package il.gov.cal.security.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.cryptography.materialproviders.IKeyring;
import software.amazon.cryptography.materialproviders.MaterialProviders;
import software.amazon.cryptography.materialproviders.model.AesWrappingAlg;
import software.amazon.cryptography.materialproviders.model.CreateMultiKeyringInput;
import software.amazon.cryptography.materialproviders.model.CreateRawAesKeyringInput;
import software.amazon.cryptography.materialproviders.model.MaterialProvidersConfig;

/**
 * Raw AES-256 keyrings over versioned key files in a local directory: for development and test
 * only, never for beta or production (where {@link KmsKeyringProvider} is used).
 *
 * <p>Each version is a file {@code cal-field-key-v<N>.key} holding 32 random bytes, created
 * owner-only; its keyring is named {@code cal-field-key-v<N>} in the namespace {@code
 * cal-field-keys}. Opening a directory with no key creates version 1; {@link #rotate(Path)} adds
 * the next version. New ciphertexts use the highest version; decryption tries the highest first,
 * then every older one. The key set is read when the provider is opened: a rotation is seen by
 * providers opened after it.
 *
 * <p>Raw keyrings are cheap (no network, no per-call key service), so no caching is needed.
 */
public final class LocalKeyringProvider implements KeyringProvider {

  /** The key namespace of the raw AES keyrings. */
  public static final String KEY_NAMESPACE = "cal-field-keys";

  /** The prefix of each key name; the version number follows. */
  public static final String KEY_NAME_PREFIX = "cal-field-key-v";

  private static final Pattern KEY_FILE = Pattern.compile("cal-field-key-v([1-9][0-9]{0,5})\\.key");
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int currentVersion;
  private final IKeyring encrypting;
  private final IKeyring decrypting;

  private LocalKeyringProvider(TreeMap<Integer, byte[]> keys) {
    MaterialProviders materialProviders =
        MaterialProviders.builder()
            .MaterialProvidersConfig(MaterialProvidersConfig.builder().build())
            .build();
    List<IKeyring> newestFirst = new ArrayList<>();
    for (Map.Entry<Integer, byte[]> key : keys.descendingMap().entrySet()) {
      newestFirst.add(rawAesKeyring(materialProviders, key.getKey(), key.getValue()));
    }
    this.currentVersion = keys.lastKey();
    this.encrypting = newestFirst.get(0);
    this.decrypting =
        newestFirst.size() == 1
            ? encrypting
            : materialProviders.CreateMultiKeyring(
                CreateMultiKeyringInput.builder()
                    .generator(encrypting)
                    .childKeyrings(newestFirst.subList(1, newestFirst.size()))
                    .build());
  }

  /**
   * Opens the key directory, creating it and key version 1 when there is no key yet.
   *
   * @param keyDirectory the directory of key files
   * @return a provider over every key version found
   * @throws UncheckedIOException when the directory or a key cannot be read or created
   * @throws IllegalStateException when a key file is accessible to others or is not 32 bytes
   */
  public static LocalKeyringProvider open(Path keyDirectory) {
    if (versions(keyDirectory).isEmpty()) {
      SecretFiles.createIfAbsent(keyFile(keyDirectory, 1), newKey());
    }
    TreeMap<Integer, byte[]> keys = new TreeMap<>();
    for (int version : versions(keyDirectory)) {
      byte[] key = SecretFiles.read(keyFile(keyDirectory, version));
      if (key.length != KEY_BYTES) {
        throw new IllegalStateException(
            "key file " + keyFile(keyDirectory, version) + " must hold exactly 32 bytes");
      }
      keys.put(version, key);
    }
    return new LocalKeyringProvider(keys);
  }

  /**
   * Adds the next key version to the directory; providers opened afterwards encrypt with it.
   *
   * @param keyDirectory the directory of key files
   * @return the new version number
   * @throws UncheckedIOException when the key cannot be created
   */
  public static int rotate(Path keyDirectory) {
    while (true) {
      List<Integer> versions = versions(keyDirectory);
      int next = versions.isEmpty() ? 1 : versions.get(versions.size() - 1) + 1;
      if (SecretFiles.createIfAbsent(keyFile(keyDirectory, next), newKey())) {
        return next;
      }
    }
  }

  /**
   * The version that new ciphertexts are encrypted with.
   *
   * @return the highest key version held
   */
  public int currentVersion() {
    return currentVersion;
  }

  /**
   * The keyring key name of a version, as recorded in each ciphertext it wraps.
   *
   * @param version a key version
   * @return {@code cal-field-key-v<version>}
   */
  public static String keyName(int version) {
    return KEY_NAME_PREFIX + version;
  }

  @Override
  public IKeyring encryptingKeyring() {
    return encrypting;
  }

  @Override
  public IKeyring decryptingKeyring() {
    return decrypting;
  }

  private static IKeyring rawAesKeyring(MaterialProviders mpl, int version, byte[] key) {
    return mpl.CreateRawAesKeyring(
        CreateRawAesKeyringInput.builder()
            .keyNamespace(KEY_NAMESPACE)
            .keyName(keyName(version))
            .wrappingKey(ByteBuffer.wrap(key))
            .wrappingAlg(AesWrappingAlg.ALG_AES256_GCM_IV12_TAG16)
            .build());
  }

  private static List<Integer> versions(Path keyDirectory) {
    if (!Files.isDirectory(keyDirectory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(keyDirectory)) {
      return files
          .map(p -> KEY_FILE.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> Integer.valueOf(m.group(1)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list key directory " + keyDirectory, e);
    }
  }

  private static Path keyFile(Path keyDirectory, int version) {
    return keyDirectory.resolve(keyName(version) + ".key");
  }

  private static byte[] newKey() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return key;
  }
}
