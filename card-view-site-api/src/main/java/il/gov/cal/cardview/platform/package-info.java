/**
 * What the site needs to run: its own tables migrated at start-up, private response headers and
 * liveness; readiness (search cluster and ODS database) comes from the ODS access library.
 */
package il.gov.cal.cardview.platform;
