package il.gov.cal.odsaccess.money;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Minor units to decimal strings: 12345 ILS is {@code "123.45"}, 500 JPY is {@code "500"}. The
 * number of decimals is the currency's ISO 4217 exponent; an unknown code is shown with two.
 */
public final class MinorUnits {

  private MinorUnits() {}

  /** The exact decimal form of an amount in minor units, e.g. {@code -0.50}. */
  public static String toDecimal(long minor, String currency) {
    return BigDecimal.valueOf(minor, exponent(currency)).toPlainString();
  }

  /** The rounded-to-nearest minor units of a sum the search engine returned as a double. */
  public static long fromAggregate(double sum) {
    return Math.round(sum);
  }

  private static int exponent(String currency) {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException | NullPointerException e) {
      return 2;
    }
  }
}
