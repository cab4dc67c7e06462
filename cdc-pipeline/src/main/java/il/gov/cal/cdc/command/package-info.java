/**
 * The main classes the platform script wraps: run the pipeline, verify the ODS against the source,
 * rebuild an index version.
 */
package il.gov.cal.cdc.command;
