package il.gov.cal.core.importing.job;

/**
 * A data record rejected on its own.
 *
 * @param line the 1-based line of the record in the file
 * @param reason why, never quoting a card number or personal data
 */
public record Rejection(int line, String reason) {}
