package il.gov.cal.core.money;

/** Thrown when a currency code is not in the ISO 4217 table this platform knows. */
public final class UnknownCurrencyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String code;

  UnknownCurrencyException(String code) {
    super("unknown ISO 4217 currency code " + printable(code));
    this.code = code;
  }

  /**
   * Quotes a code only when it is short enough to be a currency code: a value read from a shifted
   * file field could be anything, a card number included, and must not reach a message.
   */
  private static String printable(String code) {
    if (code != null && code.length() <= 4 && code.chars().allMatch(Character::isLetterOrDigit)) {
      return "'" + code + "'";
    }
    return "(a value of " + (code == null ? 0 : code.length()) + " characters)";
  }

  /** The code that was looked up, alphabetic or numeric, exactly as given. */
  public String code() {
    return code;
  }
}
