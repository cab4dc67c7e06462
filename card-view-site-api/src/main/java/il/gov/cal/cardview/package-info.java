/**
 * The card-view site API. Features live in their own packages (link, session, card, transaction,
 * charge, pin); every feature reads the session's one card and nothing else.
 */
package il.gov.cal.cardview;
