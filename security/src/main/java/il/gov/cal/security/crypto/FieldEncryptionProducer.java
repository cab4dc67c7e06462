package il.gov.cal.security.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes a {@link FieldCipher} and a {@link BlindIndex} injectable in any application that includes
 * this library, configured by {@link FieldEncryptionSettings}. Both are built on first use and then
 * shared, so an application that never injects them reads no key.
 */
@ApplicationScoped
public class FieldEncryptionProducer {

  private FieldEncryptionSettings settings;
  private FieldCipher cipher;
  private BlindIndex blindIndex;

  /**
   * The application's field cipher.
   *
   * @return the shared cipher
   */
  @Produces
  public synchronized FieldCipher fieldCipher() {
    if (cipher == null) {
      cipher = new EncryptionSdkFieldCipher(settings().keyringProvider());
    }
    return cipher;
  }

  /**
   * The application's blind index.
   *
   * @return the shared blind index
   */
  @Produces
  public synchronized BlindIndex blindIndex() {
    if (blindIndex == null) {
      blindIndex = settings().blindIndex();
    }
    return blindIndex;
  }

  private FieldEncryptionSettings settings() {
    if (settings == null) {
      settings = FieldEncryptionSettings.fromConfig(ConfigProvider.getConfig());
    }
    return settings;
  }
}
