/** The unit and the rules of its place in the hierarchy. */
package il.gov.cal.core.unit.domain;
