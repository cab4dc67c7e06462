/** REST resource for cardholders; responses never carry personal identifiers. */
package il.gov.cal.core.cardholder.api;
