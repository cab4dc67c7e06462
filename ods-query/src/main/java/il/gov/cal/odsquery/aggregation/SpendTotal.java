package il.gov.cal.odsquery.aggregation;

/**
 * A spend total in one billing currency.
 *
 * @param amount the exact decimal total, e.g. {@code "1520.75"}
 * @param currency ISO 4217 code
 */
public record SpendTotal(String amount, String currency) {}
