package il.gov.cal.core.cardholder.domain;

import il.gov.cal.core.problem.BadRequest;

/**
 * An Israeli national id (Teudat Zehut): one to nine digits, left-padded with zeros to nine, whose
 * last digit is a check digit (digits weighted 1,2,1,2,... with two-digit products reduced by 9;
 * the sum is a multiple of 10). {@link #toString()} never shows the number.
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
      throw new BadRequest(
          "cardholder.invalid-national-id", "nationalId", "is not a valid Israeli national id");
    }
    return new NationalId("0".repeat(9 - text.length()) + text);
  }

  /** Whether {@code text} is a well-formed national id with a correct check digit. */
  public static boolean isValid(String text) {
    if (text == null || !text.matches("\\d{1,9}")) {
      return false;
    }
    String padded = "0".repeat(9 - text.length()) + text;
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (padded.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
      sum += product > 9 ? product - 9 : product;
    }
    return sum % 10 == 0 && !padded.equals("000000000");
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
