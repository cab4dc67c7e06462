/** Registering organisations. */
package il.gov.cal.core.organisation.application;
