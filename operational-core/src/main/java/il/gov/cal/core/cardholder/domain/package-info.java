/** The cardholder, the Israeli national id it is identified by, and how personal data is kept. */
package il.gov.cal.core.cardholder.domain;
