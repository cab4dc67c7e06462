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

  /**
   * Largest magnitude, in minor units, of a one-signed sum that the search engine's {@code sum}
   * aggregation is known to return exactly: 2^52 (about 45 trillion shekels).
   *
   * <p>Why a sum within it is exact: the engine reads each {@code long} amount as a double (exact
   * below 2^53) and adds them up, per segment, per shard and across shards, in double precision
   * with Kahan compensation. When every value has the same sign, each partial sum lies between 0
   * and the final sum, and an integer of magnitude at most 2^53 is a double: so while the true
   * total is at most 2^53, every addition is exact, the compensation stays zero and the result is
   * the exact total. Conversely, a true total above 2^53 comes back, through compensated summation,
   * as at least 2^53 * (1 - 2^-51), well above this limit. A returned sum of magnitude at most 2^52
   * therefore proves the total exact. Sums of mixed signs prove nothing (large partial sums may
   * cancel), which is why debits and credits are summed apart ({@link #exactTotal}).
   */
  public static final long EXACT_SUM_LIMIT = 1L << 52;

  /**
   * The exact total of a group from the engine's separate sums of its debits (amounts of zero or
   * more) and its credits (negative amounts).
   *
   * @throws InexactSumException when either sum is beyond {@link #EXACT_SUM_LIMIT} or is not a
   *     whole number of minor units, so it cannot be shown to be exact
   */
  public static long exactTotal(double debits, double credits) {
    if (debits < 0 || credits > 0) {
      throw new InexactSumException("debits and credits have the wrong sign");
    }
    return exactOneSigned(debits) + exactOneSigned(credits);
  }

  private static long exactOneSigned(double sum) {
    if (!(Math.abs(sum) <= EXACT_SUM_LIMIT) || sum != Math.rint(sum)) {
      throw new InexactSumException(
          "a sum of " + (sum < 0 ? "credits" : "debits") + " is beyond the exact range");
    }
    return (long) sum;
  }

  /** A total that cannot be shown to be exact; no total is shown rather than a wrong one. */
  public static final class InexactSumException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    InexactSumException(String message) {
      super(message);
    }
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
