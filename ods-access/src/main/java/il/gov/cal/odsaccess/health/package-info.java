/**
 * Readiness of an ODS read service: the search cluster and the ODS database both answer. Liveness
 * is each service's own concern.
 */
package il.gov.cal.odsaccess.health;
