/**
 * Cardholders: the employees of an organisation who hold its cards, each in one unit. Personal data
 * (national id, email, phone) is stored only encrypted, bound to organisation, table, field and
 * row, with a keyed blind index for finding a national id; see {@link
 * il.gov.cal.core.cardholder.domain.PersonalDataProtection}.
 */
package il.gov.cal.core.cardholder;
