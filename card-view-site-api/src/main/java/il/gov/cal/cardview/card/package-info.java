/** The card page: last four digits only, expiry, status, unit and the budget left to spend. */
package il.gov.cal.cardview.card;
