package il.gov.cal.cardview.transaction;

import java.util.List;

/**
 * A page of the card's transactions, newest first.
 *
 * @param next the cursor of the next (older) page, absent on the last page
 */
public record CardTransactionPage(List<CardTransactionView> items, String next) {}
