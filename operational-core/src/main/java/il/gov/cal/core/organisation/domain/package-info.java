/** The organisation (tenant) and what identifies it to the issuer. */
package il.gov.cal.core.organisation.domain;
