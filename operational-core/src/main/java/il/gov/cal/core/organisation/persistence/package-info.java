/** Storage of organisations; they are not tenant-owned, so this reaches them without a tenant. */
package il.gov.cal.core.organisation.persistence;
