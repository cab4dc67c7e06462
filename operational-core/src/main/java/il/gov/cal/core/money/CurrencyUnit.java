package il.gov.cal.core.money;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ISO 4217 currency: alphabetic code ({@code ILS}), numeric code ({@code 376}) and the number of
 * minor-unit digits (2 for agorot; 0 for JPY, KRW and ISK; 3 for KWD, BHD, JOD, OMR and TND; 4 for
 * the CLF and UYW units of account).
 *
 * <p>Instances come only from this package's own table, one per code, so {@code ==} and {@link
 * #equals} agree. Card files name currencies by numeric code ({@code "048"} is BHD), the database
 * by alphabetic code; both look-ups are here.
 */
public final class CurrencyUnit {

  private static final List<CurrencyUnit> ALL = CurrencyTable.load();
  private static final Map<String, CurrencyUnit> BY_ALPHA = new HashMap<>();
  private static final Map<Integer, CurrencyUnit> BY_NUMERIC = new HashMap<>();

  static {
    for (CurrencyUnit unit : ALL) {
      BY_ALPHA.put(unit.alphaCode, unit);
      BY_NUMERIC.put(Integer.parseInt(unit.numericCode), unit);
    }
  }

  /** New Israeli Shekel, the platform's home currency. */
  public static final CurrencyUnit ILS = of("ILS");

  /** US Dollar. */
  public static final CurrencyUnit USD = of("USD");

  /** Euro. */
  public static final CurrencyUnit EUR = of("EUR");

  /** Pound Sterling. */
  public static final CurrencyUnit GBP = of("GBP");

  private final String alphaCode;
  private final String numericCode;
  private final int minorUnits;
  private final String displayName;

  CurrencyUnit(String alphaCode, String numericCode, int minorUnits, String displayName) {
    if (!alphaCode.matches("[A-Z]{3}") || !numericCode.matches("[0-9]{3}")) {
      throw new IllegalArgumentException("malformed currency row " + alphaCode);
    }
    if (minorUnits < 0 || minorUnits > 4) {
      throw new IllegalArgumentException("minor units out of range for " + alphaCode);
    }
    this.alphaCode = alphaCode;
    this.numericCode = numericCode;
    this.minorUnits = minorUnits;
    this.displayName = displayName;
  }

  /**
   * The currency with this alphabetic code.
   *
   * @throws UnknownCurrencyException if the code is not in the table
   */
  public static CurrencyUnit of(String alphaCode) {
    return findByAlpha(alphaCode).orElseThrow(() -> new UnknownCurrencyException(alphaCode));
  }

  /**
   * The currency with this three-digit numeric code, leading zeros included ({@code "048"}).
   *
   * @throws UnknownCurrencyException if the code is not three digits or not in the table
   */
  public static CurrencyUnit ofNumeric(String numericCode) {
    return findByNumeric(numericCode).orElseThrow(() -> new UnknownCurrencyException(numericCode));
  }

  /** The currency with this alphabetic code, if the table has it. */
  public static Optional<CurrencyUnit> findByAlpha(String alphaCode) {
    return Optional.ofNullable(alphaCode == null ? null : BY_ALPHA.get(alphaCode));
  }

  /**
   * The currency with this numeric code, if the table has it. Only exactly three ASCII digits are
   * accepted: {@code "48"} is not {@code "048"}.
   */
  public static Optional<CurrencyUnit> findByNumeric(String numericCode) {
    if (numericCode == null || numericCode.length() != 3) {
      return Optional.empty();
    }
    int value = 0;
    for (int i = 0; i < 3; i++) {
      char c = numericCode.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      value = value * 10 + (c - '0');
    }
    return Optional.ofNullable(BY_NUMERIC.get(value));
  }

  /** Every currency in the table, sorted by alphabetic code. */
  public static Collection<CurrencyUnit> all() {
    return ALL;
  }

  /** The ISO 4217 alphabetic code, e.g. {@code ILS}. */
  public String alphaCode() {
    return alphaCode;
  }

  /** The ISO 4217 numeric code as three digits, leading zeros kept, e.g. {@code 048}. */
  public String numericCode() {
    return numericCode;
  }

  /** How many decimal digits the minor unit has: 0 to 4. */
  public int minorUnits() {
    return minorUnits;
  }

  /** The ISO 4217 English name, for people; never used as a key. */
  public String displayName() {
    return displayName;
  }

  @Override
  public String toString() {
    return alphaCode;
  }
}
