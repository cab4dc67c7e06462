package il.gov.cal.core.cardholder.domain;

import il.gov.cal.security.problem.BadRequest;
import il.gov.cal.security.redaction.NationalIds;

/**
 * An Israeli national id (Teudat Zehut) of a cardholder: one to nine digits, left-padded with zeros
 * to nine, whose last digit is a check digit. The check and the padding are the security module's
 * {@link NationalIds}, the one definition the platform's redaction also uses. {@link #toString()}
 * never shows the number.
 */
public final class NationalId {

  private final String digits;

  private NationalId(String digits) {
    this.digits = digits;
  }

  /**
   * The national id written as {@code text}.
   *
   * @throws BadRequest {@code cardholder.invalid-national-id} naming {@code nationalId} if it is
   *     not nine digits with a valid check digit
   */
  public static NationalId of(String text) {
    if (!isValid(text)) {
      throw BadRequest.ofField(
          "cardholder.invalid-national-id", "nationalId", "is not a valid Israeli national id");
    }
    return new NationalId(NationalIds.normalize(text));
  }

  /** Whether {@code text} is a well-formed national id with a correct check digit. */
  public static boolean isValid(String text) {
    return NationalIds.isValid(text);
  }

  /** The nine digits, for encryption only; never for logs or responses. */
  public String digits() {
    return digits;
  }

  /** The last three digits after six asterisks, the only form an API response may show. */
  public String masked() {
    return "******" + digits.substring(6);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NationalId n && n.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return "NationalId[*********]";
  }
}
