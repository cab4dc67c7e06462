/** Reading card transactions, restricted to the caller's organisation. */
package il.gov.cal.core.transaction.persistence;
