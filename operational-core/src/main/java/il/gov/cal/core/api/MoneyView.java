package il.gov.cal.core.api;

import il.gov.cal.security.problem.BadRequest;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount as the API shows it: an exact decimal string with the currency's number of fraction
 * digits ({@code "1234.50"}) and the ISO 4217 alphabetic code. Internally amounts are whole minor
 * units, so nothing is ever rounded.
 *
 * @param amount the decimal amount, negative for credits
 * @param currency the ISO 4217 alphabetic code
 */
public record MoneyView(String amount, String currency) {

  /** The view of an amount held in minor units. */
  public static MoneyView ofMinor(long minor, String currency) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    return new MoneyView(BigDecimal.valueOf(minor, Math.max(digits, 0)).toPlainString(), currency);
  }

  /**
   * The amount in minor units of {@code currency}, refusing more fraction digits than the currency
   * has rather than rounding.
   *
   * @param field the request field, named in the 400 if the amount is unusable
   */
  public static long toMinor(String field, String amount, String currency) {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      BigDecimal value = new BigDecimal(amount);
      if (value.scale() > digits) {
        throw BadRequest.ofField(
            "money.too-precise", field, "has more than " + digits + " decimal places");
      }
      return value.movePointRight(digits).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw BadRequest.ofField("money.invalid", field, "must be a decimal amount such as 1234.50");
    }
  }
}
