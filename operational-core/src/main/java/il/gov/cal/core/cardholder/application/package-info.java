/** Use cases on cardholders: enrol, transfer to another unit, look up, list. */
package il.gov.cal.core.cardholder.application;
