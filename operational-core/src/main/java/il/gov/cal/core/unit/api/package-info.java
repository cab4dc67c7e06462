/** REST resource for the unit hierarchy. */
package il.gov.cal.core.unit.api;
