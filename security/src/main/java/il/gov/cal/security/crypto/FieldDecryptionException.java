package il.gov.cal.security.crypto;

/**
 * A stored field could not be decrypted: the ciphertext is damaged, belongs to another context
 * (tenant, table, field or row), or no available key opens it. The message names the context, never
 * the value.
 */
public final class FieldDecryptionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure with its cause.
   *
   * @param message what failed, without any field value
   * @param cause the underlying failure, or {@code null}
   */
  public FieldDecryptionException(String message, Throwable cause) {
    super(message, cause);
  }
}
