package il.gov.cal.odsquery.transaction;

import java.util.List;

/**
 * One page of a transaction listing.
 *
 * @param items the transactions, in the requested order
 * @param next the cursor of the next page, absent on the last page
 * @param total how many transactions match, counted up to 10,000
 * @param totalIsExact false when {@code total} is a lower bound
 */
public record TransactionPage(
    List<TransactionView> items, String next, long total, boolean totalIsExact) {}
