package il.gov.cal.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money: a signed whole number of minor units of one currency ({@code 12345} of USD is
 * 123.45 dollars; {@code 92000} of KWD is 92.000 dinars).
 *
 * <p>Immutable. Arithmetic accepts only amounts of the same currency and fails on overflow. There
 * is deliberately no factory taking a {@code double} or {@code float}: {@code 2.675} as a double is
 * {@code 2.67499999999999982236431605997495353221893310546875}, so it rounds to {@code 2.67} under
 * {@code HALF_UP} where the decimal {@code 2.675} gives {@code 2.68}. Build amounts from minor
 * units, from decimal text, or from a {@link BigDecimal} made from text.
 */
public final class Money implements Comparable<Money> {

  private final long minorUnits;
  private final CurrencyUnit currency;

  private Money(long minorUnits, CurrencyUnit currency) {
    this.minorUnits = minorUnits;
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  /** The amount of {@code minorUnits} minor units of {@code currency} (agorot, cents, fils). */
  public static Money fromMinor(long minorUnits, CurrencyUnit currency) {
    return new Money(minorUnits, currency);
  }

  /** Zero in {@code currency}. */
  public static Money zero(CurrencyUnit currency) {
    return new Money(0, currency);
  }

  /**
   * Reads a plain decimal string in the currency's own precision: an optional leading {@code -},
   * digits, and optionally a point followed by at most {@link CurrencyUnit#minorUnits()} digits
   * ({@code "92.000"} or {@code "92"} for KWD; {@code "19.9"} is 19.90 ILS).
   *
   * @throws NumberFormatException if the text is not such a number, has more decimals than the
   *     currency (even trailing zeros: {@code "1.230"} is not a USD amount), or does not fit
   */
  public static Money parse(CharSequence text, CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    return new Money(DecimalText.toMinorUnits(text, currency), currency);
  }

  /**
   * The exact value of {@code amount} in {@code currency}.
   *
   * @throws ArithmeticException if {@code amount} has a non-zero digit beyond the currency's minor
   *     units, or does not fit in a {@code long} of minor units
   */
  public static Money ofExact(BigDecimal amount, CurrencyUnit currency) {
    return of(amount, currency, RoundingMode.UNNECESSARY);
  }

  /**
   * {@code amount} rounded to the currency's minor units with {@code rounding}; the caller always
   * says how. {@code HALF_EVEN} (banker's rounding) and {@code HALF_UP} (half away from zero, what
   * MariaDB does on insert into {@code DECIMAL}) differ on exact halves: 1019.125 becomes 1019.12
   * and 1019.13 respectively.
   *
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and rounding is needed,
   *     or the result does not fit in a {@code long} of minor units
   */
  public static Money of(BigDecimal amount, CurrencyUnit currency, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal scaled = amount.setScale(currency.minorUnits(), rounding);
    return new Money(scaled.unscaledValue().longValueExact(), currency);
  }

  /** The signed number of minor units. */
  public long minorUnits() {
    return minorUnits;
  }

  /** The currency. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The value as a {@link BigDecimal} whose scale is the currency's minor units. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(minorUnits, currency.minorUnits());
  }

  /**
   * The value as plain decimal text with exactly the currency's minor units: {@code "92.000"} for
   * KWD, {@code "1500"} for JPY, {@code "-23.45"} for a USD credit. {@link #parse} reads it back.
   */
  public String toDecimalString() {
    return toBigDecimal().toPlainString();
  }

  /** This plus {@code other}, which must be of the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
  }

  /** This minus {@code other}, which must be of the same currency. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
  }

  /** The same amount with the opposite sign. */
  public Money negate() {
    return new Money(Math.negateExact(minorUnits), currency);
  }

  /** The amount without its sign. */
  public Money abs() {
    return minorUnits < 0 ? negate() : this;
  }

  /** -1, 0 or 1 as the amount is negative, zero or positive. */
  public int signum() {
    return Long.signum(minorUnits);
  }

  /** Whether the amount is below zero (a credit, in card-transaction terms). */
  public boolean isNegative() {
    return minorUnits < 0;
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return minorUnits == 0;
  }

  /**
   * Orders amounts of one currency by value.
   *
   * @throws CurrencyMismatchException if the currencies differ: 10 USD is neither more nor less
   *     than 10 EUR without an exchange rate
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minorUnits, other.minorUnits);
  }

  private void requireSameCurrency(Money other) {
    if (other.currency != currency) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && other.minorUnits == minorUnits && other.currency == currency;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(minorUnits) * 31 + currency.hashCode();
  }

  /** For people and logs: the code then the amount, e.g. {@code USD 123.45}. */
  @Override
  public String toString() {
    return currency.alphaCode() + " " + toDecimalString();
  }
}
