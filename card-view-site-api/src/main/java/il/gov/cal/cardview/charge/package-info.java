/** Charges: the card's posted transactions by billing month with exact totals. */
package il.gov.cal.cardview.charge;
