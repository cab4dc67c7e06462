/** Queries over card transactions. */
package il.gov.cal.core.transaction.application;
