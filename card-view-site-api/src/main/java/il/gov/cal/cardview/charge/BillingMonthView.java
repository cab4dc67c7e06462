package il.gov.cal.cardview.charge;

import il.gov.cal.cardview.transaction.CardTransactionView;
import java.util.List;

/**
 * The posted transactions of one billing month (by posting date) and what they add up to.
 *
 * @param month {@code yyyy-MM}
 * @param totals per billing currency; credits are subtracted
 */
public record BillingMonthView(
    String month, List<ChargeTotal> totals, List<CardTransactionView> transactions) {}
