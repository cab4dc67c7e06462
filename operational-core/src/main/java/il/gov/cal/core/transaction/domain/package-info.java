/** The card transaction, as imported from the issuer's files. */
package il.gov.cal.core.transaction.domain;
