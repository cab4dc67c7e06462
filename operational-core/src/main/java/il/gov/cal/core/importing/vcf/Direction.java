package il.gov.cal.core.importing.vcf;

import il.gov.cal.core.money.Money;

/** Which way a card transaction moves money: a debit charges the card, a credit gives back. */
public enum Direction {
  /** Charges the card; amounts stay positive. */
  DEBIT,
  /** Returns money to the card; amounts are negative. */
  CREDIT;

  /** The file's unsigned amount with this direction's sign. */
  public Money sign(Money unsigned) {
    return this == CREDIT ? unsigned.negate() : unsigned;
  }
}
