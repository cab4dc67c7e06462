/**
 * Cursor pagination over the ODS: {@code search_after} positions carried in an HMAC-signed,
 * expiring, query-bound string. A cursor never carries a filter; the caller sends the same filters
 * with it, and a cursor made for other filters or another organisation is refused.
 *
 * <p>Limitation: the codec does not remember cursors, so an unexpired cursor can be replayed by its
 * holder; that only re-reads a page the holder already saw.
 */
package il.gov.cal.odsaccess.cursor;
