package il.gov.cal.core.importing.vcf;

import java.util.Objects;

/**
 * What the platform keeps of a card number: a token that identifies the card without revealing it,
 * and the last four digits people need to recognise their card.
 *
 * <p>The token is stable for a given tokenizer key, so the same card in two files maps to the same
 * card row. {@link #toString()} shows the last four digits only: tokens stay out of logs too.
 *
 * @param token the card's identifier, from a {@link CardTokenizer}
 * @param last4 the last four digits of the card number
 */
public record CardToken(String token, String last4) {

  /** Checks that the token is present and that last4 is four digits. */
  public CardToken {
    Objects.requireNonNull(token, "token");
    if (token.isEmpty()) {
      throw new IllegalArgumentException("empty card token");
    }
    if (last4 == null || !last4.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("last4 must be four digits");
    }
  }

  @Override
  public String toString() {
    return "card ****" + last4;
  }
}
