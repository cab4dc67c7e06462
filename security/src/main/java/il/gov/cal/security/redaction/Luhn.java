package il.gov.cal.security.redaction;

/** The Luhn (mod 10) check used by payment card numbers. */
final class Luhn {

  private Luhn() {}

  /** Whether the ASCII digits in {@code digits} pass the Luhn check. */
  static boolean isValid(CharSequence digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
