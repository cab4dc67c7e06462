package il.gov.cal.cdc.projection;

import static il.gov.cal.cdc.projection.Column.bigint;
import static il.gov.cal.cdc.projection.Column.instant;
import static il.gov.cal.cdc.projection.Column.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code unit} into {@code ods_unit} and the {@code units} document (path ids and names). */
public final class UnitProjection implements Projection {

  private static final List<Column> COLUMNS =
      List.of(
          bigint("id"),
          bigint("org_id"),
          bigint("parent_id"),
          string("code"),
          string("name"),
          new Column("path", ColumnType.LONG_STRING),
          bigint("depth"),
          bigint("version"),
          instant("created_at"),
          instant("updated_at"));

  @Override
  public String sourceTable() {
    return "unit";
  }

  @Override
  public String odsTable() {
    return "ods_unit";
  }

  @Override
  public String index() {
    return "units";
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
        "parent_id",
        "code",
        "name",
        "depth",
        "version",
        "created_at",
        "updated_at");
    Long id = (Long) row.get("id");
    References withSelf =
        new References() {
          @Override
          public java.util.Optional<Map<String, Object>> unit(long unitId) {
            return unitId == id ? java.util.Optional.of(row) : refs.unit(unitId);
          }

          @Override
          public java.util.Optional<Map<String, Object>> cardholder(long holderId) {
            return refs.cardholder(holderId);
          }

          @Override
          public java.util.Optional<Map<String, Object>> card(long cardId) {
            return refs.card(cardId);
          }
        };
    Map<String, Object> path = new LinkedHashMap<>();
    Documents.unitFields("unit", id, withSelf, path);
    doc.put("path", path.get("unit_path"));
    doc.put("path_ids", path.get("unit_path_ids"));
    doc.put("path_names", path.get("unit_path_names"));
    return doc;
  }
}
