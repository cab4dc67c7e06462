/**
 * The Debezium engine's lifecycle ({@link il.gov.cal.cdc.engine.Pipeline}), its properties, the
 * source checks, the signal table, and the batch handler that writes a batch before marking its
 * records processed.
 */
package il.gov.cal.cdc.engine;
