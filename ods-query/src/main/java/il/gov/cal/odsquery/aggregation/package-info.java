/**
 * Spend analytics: totals by unit, category, month and merchant, with the same filters and
 * organisation confinement as the transaction search.
 */
package il.gov.cal.odsquery.aggregation;
