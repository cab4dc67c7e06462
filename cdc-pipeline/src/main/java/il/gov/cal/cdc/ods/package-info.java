/**
 * The MySQL ODS side ({@code cal_ods}): table DDL, position-guarded upserts, reference look-ups for
 * denormalisation, dependent rows to re-index, dead letters and freshness.
 */
package il.gov.cal.cdc.ods;
