/** Organisations: the tenants of the platform, each a government body with its own units. */
package il.gov.cal.core.organisation;
