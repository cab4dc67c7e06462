/**
 * Reading Debezium records: the row change, its normalised values (wall-clock DATETIME, instant
 * TIMESTAMP, exact DECIMAL and JSON) and its packed source position. Pure code, no I/O.
 */
package il.gov.cal.cdc.change;
