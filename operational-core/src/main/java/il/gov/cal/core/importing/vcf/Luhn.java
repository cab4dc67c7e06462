package il.gov.cal.core.importing.vcf;

/**
 * The Luhn (mod 10) check digit that every card number ends with. It catches a mistyped digit or
 * two swapped neighbours; it says nothing about whether a card exists.
 */
public final class Luhn {

  private Luhn() {}

  /** Whether {@code number} is all digits, at least two of them, and its last digit checks. */
  public static boolean isValid(CharSequence number) {
    if (number == null || number.length() < 2 || !allDigits(number)) {
      return false;
    }
    int length = number.length();
    return checkDigit(number.subSequence(0, length - 1)) == number.charAt(length - 1) - '0';
  }

  /**
   * The digit to append to {@code payload} so that the result passes {@link #isValid}.
   *
   * @throws IllegalArgumentException if {@code payload} is empty or holds a non-digit
   */
  public static int checkDigit(CharSequence payload) {
    if (payload == null || payload.length() == 0 || !allDigits(payload)) {
      throw new IllegalArgumentException("a Luhn payload is one or more digits");
    }
    int sum = 0;
    boolean doubled = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int digit = payload.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  private static boolean allDigits(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
