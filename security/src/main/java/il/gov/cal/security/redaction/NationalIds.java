package il.gov.cal.security.redaction;

/**
 * The Israeli national id (Teudat Zehut): nine digits, the last a check digit. Shorter forms are
 * the same id with its leading zeros dropped, and are padded back to nine digits.
 *
 * <p>The check: pad to nine digits, multiply the digits alternately by 1 and 2 from the left, add
 * the digits of each product, and the sum must be a multiple of ten. An id of all zeros passes that
 * arithmetic but is never issued, so it is rejected.
 */
public final class NationalIds {

  private static final int LENGTH = 9;

  private NationalIds() {}

  /**
   * Whether the text is a valid national id: one to nine ASCII digits, not all zeros, with a
   * correct check digit once padded to nine digits.
   *
   * @param text the candidate, without spaces or dashes; {@code null} is not valid
   * @return {@code true} when the text is a valid national id
   */
  public static boolean isValid(String text) {
    if (text == null || text.isEmpty() || text.length() > LENGTH) {
      return false;
    }
    int sum = 0;
    boolean nonZero = false;
    int offset = LENGTH - text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      int digit = c - '0';
      nonZero |= digit != 0;
      int product = digit * (((offset + i) % 2 == 0) ? 1 : 2);
      sum += product > 9 ? product - 9 : product;
    }
    return nonZero && sum % 10 == 0;
  }

  /**
   * The canonical nine-digit form of a valid national id, so that {@code "12345674"} and {@code
   * "012345674"} compare, index and hash the same.
   *
   * @param text a valid national id, possibly without its leading zeros
   * @return the id padded with leading zeros to nine digits
   * @throws IllegalArgumentException when the text is not a valid national id (the message never
   *     repeats the text)
   */
  public static String normalize(String text) {
    if (!isValid(text)) {
      throw new IllegalArgumentException("not a valid national id");
    }
    return "0".repeat(LENGTH - text.length()) + text;
  }
}
