/**
 * Cardholders: the employees of an organisation who hold its cards, each in one unit. Personal data
 * (national id, email, phone) is never stored in clear; see {@link
 * il.gov.cal.core.cardholder.domain.PersonalDataProtection}.
 */
package il.gov.cal.core.cardholder;
