/** Storage of cardholders, restricted to the caller's organisation. */
package il.gov.cal.core.cardholder.persistence;
