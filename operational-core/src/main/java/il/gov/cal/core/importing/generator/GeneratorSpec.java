package il.gov.cal.core.importing.generator;

/**
 * What to generate.
 *
 * @param organisations how many organisations, one file each (1 to 998)
 * @param transactions how many transaction records in all, shared out evenly between the
 *     organisations (the first ones take one more when it does not divide)
 * @param year the calendar year the transactions fall in
 * @param seed the random seed: the same spec always gives the same bytes
 * @param badRecords how many of the transaction records are deliberately wrong, shared out like the
 *     transactions; at most {@code transactions}
 */
public record GeneratorSpec(
    int organisations, long transactions, int year, long seed, long badRecords) {

  /** Checks the ranges. */
  public GeneratorSpec {
    if (organisations < 1 || organisations >= OrganisationPlan.MAX_ORGANISATIONS) {
      throw new IllegalArgumentException("organisations must be 1 to 998");
    }
    if (transactions < 0) {
      throw new IllegalArgumentException("transactions must not be negative");
    }
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("year must be 2000 to 2100");
    }
    if (badRecords < 0 || badRecords > transactions) {
      throw new IllegalArgumentException("bad records must be 0 to the number of transactions");
    }
  }

  /** The transactions organisation {@code organisation} (0-based) gets. */
  public long transactionsOf(int organisation) {
    return share(transactions, organisation);
  }

  /** The bad records organisation {@code organisation} (0-based) gets. */
  public long badRecordsOf(int organisation) {
    return share(badRecords, organisation);
  }

  private long share(long total, int organisation) {
    return total / organisations + (organisation < total % organisations ? 1 : 0);
  }
}
