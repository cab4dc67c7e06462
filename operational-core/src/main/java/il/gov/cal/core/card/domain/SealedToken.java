package il.gov.cal.core.card.domain;

/**
 * An issuer token as a card stores it: its blind index, by which cards are found, and its
 * ciphertext. It holds no clear token and its text shows neither part.
 *
 * @param index the keyed blind index, {@code issuer_token_idx}
 * @param ciphertext the ciphertext, {@code issuer_token_enc}
 */
public record SealedToken(String index, byte[] ciphertext) {

  @Override
  public String toString() {
    return "issuer token [sealed]";
  }
}
