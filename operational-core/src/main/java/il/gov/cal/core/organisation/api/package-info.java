/** REST resource for organisations, a platform-administration function. */
package il.gov.cal.core.organisation.api;
