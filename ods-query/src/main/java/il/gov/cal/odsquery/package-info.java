/**
 * The ODS query service: portal reads over the ODS, never the operational core. Features live in
 * their own packages (transaction, aggregation, export, budget, status); caller identity in one.
 */
package il.gov.cal.odsquery;
