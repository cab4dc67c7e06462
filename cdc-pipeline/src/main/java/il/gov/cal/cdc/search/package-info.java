/**
 * The OpenSearch side: versioned indices behind aliases, the idempotent bulk writer, and the
 * classification of every bulk item (done, stale, retry, dead letter).
 */
package il.gov.cal.cdc.search;
