package il.gov.cal.cdc.ods;

import il.gov.cal.cdc.projection.Projection;
import java.time.Instant;
import java.util.Map;

/**
 * One row to upsert into a projection's ODS table.
 *
 * @param projection the projection (decides table and columns)
 * @param row the projected columns
 * @param position the packed source position; the upsert applies only when it is newer
 * @param changedAt the source commit time
 * @param deleted whether the row is now a tombstone
 */
public record OdsChange(
    Projection projection,
    Map<String, Object> row,
    long position,
    Instant changedAt,
    boolean deleted) {}
