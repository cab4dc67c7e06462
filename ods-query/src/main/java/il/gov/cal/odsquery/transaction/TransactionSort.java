package il.gov.cal.odsquery.transaction;

import il.gov.cal.odsaccess.document.TransactionDocument.Fields;
import il.gov.cal.odsaccess.problem.ProblemException;
import java.util.List;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;

/**
 * The order of a transaction listing: by date or by billing amount, either way, always broken by
 * transaction id so that every position in the listing is unique and pages never overlap.
 *
 * @param byAmount true for amount, false for date
 * @param descending true for newest or largest first
 */
public record TransactionSort(boolean byAmount, boolean descending) {

  /** Newest first: the default. */
  public static final TransactionSort NEWEST_FIRST = new TransactionSort(false, true);

  /**
   * Parses {@code date}, {@code -date}, {@code amount} or {@code -amount} (minus: descending).
   *
   * @throws ProblemException 400 for anything else
   */
  public static TransactionSort parse(String value) {
    if (value == null || value.isBlank()) {
      return NEWEST_FIRST;
    }
    boolean descending = value.startsWith("-");
    String key = descending ? value.substring(1) : value;
    return switch (key) {
      case "date" -> new TransactionSort(false, descending);
      case "amount" -> new TransactionSort(true, descending);
      default ->
          throw ProblemException.badRequest(
              "invalid-sort", "sort must be one of date, -date, amount, -amount.");
    };
  }

  /** The sort clauses, the tie-breaker last. */
  public List<SortOptions> clauses(DateField dateField) {
    SortOrder order = descending ? SortOrder.Desc : SortOrder.Asc;
    String primary = byAmount ? Fields.BILLING_AMOUNT_MINOR : dateField.field();
    return List.of(
        SortOptions.of(s -> s.field(f -> f.field(primary).order(order))),
        SortOptions.of(s -> s.field(f -> f.field(Fields.ID).order(order))));
  }

  /** The canonical text of this sort, part of a cursor's fingerprint. */
  public String canonical() {
    return (descending ? "-" : "") + (byAmount ? "amount" : "date");
  }
}
