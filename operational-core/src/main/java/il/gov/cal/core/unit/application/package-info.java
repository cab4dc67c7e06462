/** Use cases on the unit hierarchy: create, rename, move, and the tree. */
package il.gov.cal.core.unit.application;
