/**
 * Site sessions: opened once from a deep-link token, carried in an HttpOnly, Secure,
 * SameSite=Strict cookie, ended after 15 idle minutes or one hour. Stored by hash in the ODS
 * database, so the site needs nothing from the operational core.
 */
package il.gov.cal.cardview.session;
