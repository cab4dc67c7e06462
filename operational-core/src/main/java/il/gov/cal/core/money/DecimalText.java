package il.gov.cal.core.money;

/**
 * Reads decimal text straight into minor units, digit by digit: no {@code BigDecimal} on the hot
 * path of a file import, no floating point anywhere, and the same strict grammar as {@link
 * Money#parse}.
 */
final class DecimalText {

  private DecimalText() {}

  static long toMinorUnits(CharSequence text, CurrencyUnit currency) {
    if (text == null || text.length() == 0) {
      throw new NumberFormatException("empty amount");
    }
    int length = text.length();
    int index = 0;
    boolean negative = text.charAt(0) == '-';
    if (negative) {
      index = 1;
    }
    long value = 0;
    int integerDigits = 0;
    while (index < length && isDigit(text.charAt(index))) {
      value = appendDigit(value, text.charAt(index), text);
      integerDigits++;
      index++;
    }
    int fractionDigits = 0;
    if (index < length && text.charAt(index) == '.') {
      index++;
      while (index < length && isDigit(text.charAt(index))) {
        value = appendDigit(value, text.charAt(index), text);
        fractionDigits++;
        index++;
      }
      if (fractionDigits == 0) {
        throw new NumberFormatException("no digits after the decimal point in '" + text + "'");
      }
    }
    if (index != length || integerDigits == 0) {
      throw new NumberFormatException("'" + text + "' is not a plain decimal number");
    }
    int missing = currency.minorUnits() - fractionDigits;
    if (missing < 0) {
      throw new NumberFormatException(
          "'"
              + text
              + "' has "
              + fractionDigits
              + " decimals; "
              + currency.alphaCode()
              + " has "
              + currency.minorUnits());
    }
    for (int i = 0; i < missing; i++) {
      value = appendDigit(value, '0', text);
    }
    return negative ? -value : value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static long appendDigit(long value, char digit, CharSequence text) {
    try {
      return Math.addExact(Math.multiplyExact(value, 10), digit - '0');
    } catch (ArithmeticException e) {
      throw new NumberFormatException("'" + text + "' is too large for an amount");
    }
  }
}
