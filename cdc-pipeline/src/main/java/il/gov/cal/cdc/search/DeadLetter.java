package il.gov.cal.cdc.search;

/**
 * An item refused for good, kept for an operator.
 *
 * @param eventKey the document id (source primary key)
 * @param sourceTable the source table
 * @param target the index or ODS table that refused it
 * @param reason the refusal (error type and reason)
 * @param payload the document as JSON; sensitive columns are never part of a document
 */
public record DeadLetter(
    String eventKey, String sourceTable, String target, String reason, String payload) {}
