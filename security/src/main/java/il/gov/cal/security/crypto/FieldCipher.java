package il.gov.cal.security.crypto;

/**
 * Encrypts and decrypts one sensitive field value, bound to its {@link EncryptionContext}.
 *
 * <p>Implementations are thread-safe. {@code null} values are not encrypted: store a null column as
 * null.
 */
public interface FieldCipher {

  /**
   * Encrypts a value for storage.
   *
   * @param plaintext the value, not {@code null}
   * @param context where the value will be stored
   * @return a self-describing ciphertext (an Encryption SDK message)
   */
  byte[] encrypt(String plaintext, EncryptionContext context);

  /**
   * Decrypts a stored value.
   *
   * @param ciphertext a ciphertext made by {@link #encrypt}
   * @param context where the value was read from
   * @return the value
   * @throws FieldDecryptionException when the ciphertext is damaged, was made under another
   *     context, or no available key can decrypt it
   */
  String decrypt(byte[] ciphertext, EncryptionContext context);
}
