/**
 * The pipeline's typed configuration and Debezium's pass-through properties; the keys, defaults and
 * meanings are listed once in {@link il.gov.cal.cdc.config.Setting}.
 */
package il.gov.cal.cdc.config;
