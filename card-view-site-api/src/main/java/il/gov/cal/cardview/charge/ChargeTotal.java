package il.gov.cal.cardview.charge;

/** A month's billed total in one currency, as an exact decimal. */
public record ChargeTotal(String amount, String currency) {}
