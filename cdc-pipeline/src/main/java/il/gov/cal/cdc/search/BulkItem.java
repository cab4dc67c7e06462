package il.gov.cal.cdc.search;

/**
 * One item of a bulk response.
 *
 * @param action index, create, update or delete
 * @param id the document id
 * @param status the item's HTTP status (0 when absent)
 * @param errorType the error type, null when the item has no error object
 * @param errorReason the error reason, null when absent
 */
public record BulkItem(
    String action, String id, int status, String errorType, String errorReason) {}
