/**
 * CSV export of a transaction search, streamed from one point in time in batches; the layout and
 * its escaping rules are documented on {@link il.gov.cal.odsquery.export.TransactionCsv}.
 */
package il.gov.cal.odsquery.export;
