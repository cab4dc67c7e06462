/**
 * Amounts of money: a whole number of a currency's minor units (agorot, cents, fils) beside an ISO
 * 4217 currency.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>No floating point anywhere: no method accepts or returns {@code double} or {@code float}.
 *       {@code new BigDecimal(2.675)} is already {@code 2.67499999...}, so an amount that passed
 *       through a double is wrong before any rounding happens.
 *   <li>Every conversion from a decimal value names its {@link java.math.RoundingMode}; nothing
 *       rounds behind the caller's back, and text with more decimals than the currency has is
 *       rejected, not rounded.
 *   <li>Minor-unit digits come from this package's own ISO 4217 table, not from {@link
 *       java.util.Currency} alone: the JDK lacks some current codes (UYW) and lags behind ISO
 *       amendments.
 *   <li>Arithmetic only combines amounts of one currency and fails on {@code long} overflow instead
 *       of wrapping.
 * </ul>
 *
 * <p>Storage note: MariaDB and MySQL round half away from zero when a value with more decimals than
 * the column is inserted into a {@code DECIMAL} column ({@code 234.5} into {@code DECIMAL(7)}
 * stores {@code 235}, i.e. {@link java.math.RoundingMode#HALF_UP}), whatever rounding the
 * application meant. The schema therefore keeps money as {@code BIGINT} minor units beside the
 * alphabetic currency code, and any rounding is done here, in Java, with an explicit mode, before a
 * value reaches the database.
 */
package il.gov.cal.core.money;
