/**
 * What the service needs to run: liveness here; readiness (search cluster and ODS database) comes
 * from the shared ODS access library.
 */
package il.gov.cal.odsquery.platform;
