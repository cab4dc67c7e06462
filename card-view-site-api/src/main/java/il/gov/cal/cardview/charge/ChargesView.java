package il.gov.cal.cardview.charge;

import java.util.List;

/**
 * The card's charges by billing month, newest month first.
 *
 * @param complete false when the card had more posted transactions in the period than one answer
 *     carries ({@link ChargeQueryService#MAX_TRANSACTIONS}); the oldest month is then partial
 */
public record ChargesView(List<BillingMonthView> months, boolean complete) {}
