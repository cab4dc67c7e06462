/** Storage of cards, restricted to the caller's organisation. */
package il.gov.cal.core.card.persistence;
