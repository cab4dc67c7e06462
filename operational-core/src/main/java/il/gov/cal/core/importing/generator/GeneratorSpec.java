package il.gov.cal.core.importing.generator;

import java.time.LocalDate;

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
    int organisations, long transactions, int year, long seed, long badRecords, LocalDate until) {

  /** Transactions over the whole year. */
  public GeneratorSpec(int organisations, long transactions, int year, long seed, long badRecords) {
    this(organisations, transactions, year, seed, badRecords, null);
  }

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
    if (until != null && (until.getYear() != year || until.getDayOfYear() <= POSTING_LAG_DAYS)) {
      throw new IllegalArgumentException(
          "until must be a day of the year after " + POSTING_LAG_DAYS + " January");
    }
  }

  /** The most days a transaction's posting lags its purchase. */
  static final int POSTING_LAG_DAYS = 3;

  /**
   * How many days of the year, from 1 January, carry purchases: the whole year, or up to {@code
   * until} less the posting lag, so that nothing is dated or posted after {@code until}.
   */
  int purchaseDays(int daysInYear) {
    return until == null ? daysInYear : until.getDayOfYear() - POSTING_LAG_DAYS;
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
