/** Storage of units, restricted to the caller's organisation. */
package il.gov.cal.core.unit.persistence;
