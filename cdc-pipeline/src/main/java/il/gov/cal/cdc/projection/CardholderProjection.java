package il.gov.cal.cdc.projection;

import static il.gov.cal.cdc.projection.Column.bigint;
import static il.gov.cal.cdc.projection.Column.instant;
import static il.gov.cal.cdc.projection.Column.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cardholder} into {@code ods_cardholder} and the {@code cardholders} document. The
 * encrypted national id, e-mail and phone, and the national id's blind index, are not columns of
 * this projection: they reach neither the ODS nor the index.
 */
public final class CardholderProjection implements Projection {

  private static final List<Column> COLUMNS =
      List.of(
          bigint("id"),
          bigint("org_id"),
          bigint("unit_id"),
          string("external_ref"),
          string("employee_id"),
          string("first_name"),
          string("last_name"),
          string("status"),
          bigint("version"),
          instant("created_at"),
          instant("updated_at"));

  @Override
  public String sourceTable() {
    return "cardholder";
  }

  @Override
  public String odsTable() {
    return "ods_cardholder";
  }

  @Override
  public String index() {
    return "cardholders";
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
        "org_id",
        "external_ref",
        "employee_id",
        "first_name",
        "last_name",
        "status",
        "version",
        "created_at",
        "updated_at");
    doc.put("full_name", fullName(row));
    Documents.unitFields("unit", (Long) row.get("unit_id"), refs, doc);
    return doc;
  }

  /** "first last" of a cardholder row. */
  static String fullName(Map<String, Object> row) {
    return (row.get("first_name") + " " + row.get("last_name")).trim();
  }
}
