/** The purge of the site's expired rows: used link tokens, ended sessions, stale PIN codes. */
package il.gov.cal.cardview.housekeeping;
