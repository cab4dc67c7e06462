/**
 * Transaction search: validated filters confined to the caller's organisation, and stable cursor
 * pages over the ODS (point in time plus {@code search_after}, tie broken by id).
 */
package il.gov.cal.odsquery.transaction;
