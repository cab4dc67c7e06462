/** The card's transaction list: newest first, cursor pages signed and bound to the card. */
package il.gov.cal.cardview.transaction;
