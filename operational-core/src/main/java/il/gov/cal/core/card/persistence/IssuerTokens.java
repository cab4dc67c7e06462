package il.gov.cal.core.card.persistence;

import il.gov.cal.core.card.domain.SealedToken;
import il.gov.cal.security.crypto.BlindIndex;
import il.gov.cal.security.crypto.EncryptionContext;
import il.gov.cal.security.crypto.FieldCipher;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The card's issuer token under the platform's field encryption, as the {@code card} table stores
 * it: {@code issuer_token_idx}, a keyed blind index (HMAC-SHA256) that every lookup uses, and
 * {@code issuer_token_enc}, an AWS Encryption SDK ciphertext. Shared by the card API, the
 * issuer-file import and the migration that moved the clear column.
 *
 * <p>The ciphertext's context is the owning organisation, the table {@code card}, the column {@code
 * issuer_token} and a row key derived from the blind index. The blind index is known before the row
 * exists, so a new card is written in one INSERT; a ciphertext copied to another row (another
 * index) or organisation does not decrypt.
 */
@Dependent
public class IssuerTokens {

  /**
   * The organisation scope of every issuer-token blind index: none. The issuer makes tokens unique
   * across all of its customers, and the table keeps them unique across organisations ({@code
   * uq_card_token_idx}), so that the import can tell a card account of another organisation from a
   * new one. An index per organisation would give the same token different indexes in different
   * organisations and hide exactly that case. Organisation ids start at 1, so 0 is no tenant.
   */
  static final long ISSUER_WIDE_SCOPE = 0;

  static final String TABLE = "card";
  static final String FIELD = "issuer_token";

  /** Letters a to p, one per hex digit: a row key without digit runs that read as card numbers. */
  private static final String ROW_PREFIX = "card-";

  private final FieldCipher cipher;
  private final BlindIndex blindIndex;

  /** Tokens under the application's cipher and blind index. */
  @Inject
  public IssuerTokens(FieldCipher cipher, BlindIndex blindIndex) {
    this.cipher = cipher;
    this.blindIndex = blindIndex;
  }

  /** The blind index of a token, as stored in {@code issuer_token_idx}: 64 lowercase hex. */
  public String index(String token) {
    return blindIndex.of(ISSUER_WIDE_SCOPE, FIELD, token);
  }

  /** The token with its index and ciphertext, for a card of {@code organisationId}. */
  public SealedToken seal(long organisationId, String token) {
    String clear = token.strip(); // what the blind index hashes is what is kept
    String index = index(clear);
    return new SealedToken(index, cipher.encrypt(clear, context(organisationId, index)));
  }

  /**
   * The token of a stored card.
   *
   * @throws il.gov.cal.security.crypto.FieldDecryptionException when the ciphertext was not made
   *     for this organisation and index
   */
  public String open(long organisationId, String index, byte[] ciphertext) {
    return cipher.decrypt(ciphertext, context(organisationId, index));
  }

  private static EncryptionContext context(long organisationId, String index) {
    return EncryptionContext.of(organisationId, TABLE, FIELD).forRow(rowKey(index));
  }

  /** {@code card-} and the index with each hex digit written as a letter from a to p. */
  static String rowKey(String index) {
    StringBuilder key = new StringBuilder(ROW_PREFIX.length() + index.length()).append(ROW_PREFIX);
    for (int i = 0; i < index.length(); i++) {
      key.append((char) ('a' + Character.digit(index.charAt(i), 16)));
    }
    return key.toString();
  }
}
