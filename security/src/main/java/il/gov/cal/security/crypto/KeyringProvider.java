package il.gov.cal.security.crypto;

import software.amazon.cryptography.materialproviders.IKeyring;

/**
 * Where field keys come from: the boundary between {@link EncryptionSdkFieldCipher} and a key
 * store, so that the cipher is tested with local keys and runs with KMS keys.
 *
 * <p>Encryption and decryption use different keyrings on purpose: a multi-keyring wraps each data
 * key under every one of its keys when encrypting, which would keep a retired key in use. So new
 * ciphertexts are made with the newest key alone, and decryption tries the newest key first and
 * then every older one.
 */
public interface KeyringProvider {

  /**
   * The keyring that wraps the data key of each new ciphertext: the newest key only.
   *
   * @return a thread-safe keyring
   */
  IKeyring encryptingKeyring();

  /**
   * The keyring that can unwrap a data key made under any key version still held.
   *
   * @return a thread-safe keyring
   */
  IKeyring decryptingKeyring();
}
