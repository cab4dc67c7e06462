package il.gov.cal.core.importing.vcf;

/**
 * Turns a card number (PAN) into a {@link CardToken} the moment it is read, so that the number
 * itself is held by nobody downstream.
 *
 * <p>Implementations must be deterministic for their configuration (the same number always gives
 * the same token), safe for use by several threads, and must not put the number in any exception
 * message or log line.
 */
public interface CardTokenizer {

  /**
   * The token and last four digits of {@code pan}.
   *
   * @param pan the card number: 12 to 19 ASCII digits
   * @throws IllegalArgumentException if {@code pan} is not 12 to 19 digits; the message does not
   *     quote it
   */
  CardToken tokenize(CharSequence pan);
}
