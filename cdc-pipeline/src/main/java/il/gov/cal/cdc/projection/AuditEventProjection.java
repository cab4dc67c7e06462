package il.gov.cal.cdc.projection;

import static il.gov.cal.cdc.projection.Column.bigint;
import static il.gov.cal.cdc.projection.Column.instant;
import static il.gov.cal.cdc.projection.Column.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code audit_event} into {@code ods_audit_event} and the {@code audit-events} document. The
 * source table may not exist yet; the projection starts working on its first change.
 */
public final class AuditEventProjection implements Projection {

  private static final List<Column> COLUMNS =
      List.of(
          bigint("id"),
          instant("occurred_at"),
          bigint("org_id"),
          string("actor"),
          string("action"),
          string("target_type"),
          string("target_id"),
          string("outcome"),
          string("correlation_id"));

  @Override
  public String sourceTable() {
    return "audit_event";
  }

  @Override
  public String odsTable() {
    return "ods_audit_event";
  }

  @Override
  public String index() {
    return "audit-events";
  }

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public Map<String, Object> document(Map<String, Object> row, References refs) {
    Map<String, Object> doc = new LinkedHashMap<>();
    Documents.copy(
        row,
        doc,
        "id",
        "occurred_at",
        "org_id",
        "actor",
        "action",
        "target_type",
        "target_id",
        "outcome",
        "correlation_id");
    return doc;
  }
}
