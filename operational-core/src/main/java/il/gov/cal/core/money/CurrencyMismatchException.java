package il.gov.cal.core.money;

/** Thrown when two amounts of different currencies are added, subtracted or compared. */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  CurrencyMismatchException(CurrencyUnit expected, CurrencyUnit actual) {
    super("currency mismatch: " + expected.alphaCode() + " and " + actual.alphaCode());
  }
}
