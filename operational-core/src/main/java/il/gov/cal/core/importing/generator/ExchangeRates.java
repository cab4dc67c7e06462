package il.gov.cal.core.importing.generator;

import il.gov.cal.core.money.CurrencyUnit;
import java.util.SplittableRandom;

/**
 * Plausible shekel exchange rates for generated foreign purchases, as whole ten-thousandths of a
 * shekel per unit (36,500 is 3.6500 ILS per USD), with a small random spread per purchase. Not
 * market data: only close enough that billed amounts look right.
 */
final class ExchangeRates {

  /** Rates are in units of 1/SCALE shekel. */
  static final long SCALE = 10_000;

  private ExchangeRates() {}

  static long shekelsPerUnit(CurrencyUnit currency, SplittableRandom random) {
    long base =
        switch (currency.alphaCode()) {
          case "USD" -> 36_500;
          case "EUR" -> 39_800;
          case "GBP" -> 46_500;
          default -> throw new IllegalArgumentException("no generator rate for " + currency);
        };
    return base - 400 + random.nextInt(801);
  }
}
