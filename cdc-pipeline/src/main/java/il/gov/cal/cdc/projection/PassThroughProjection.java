package il.gov.cal.cdc.projection;

import il.gov.cal.cdc.change.CanonicalJson;
import il.gov.cal.cdc.change.RowChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any table without a mapper, copied whole as one canonical JSON document: {@code ods_passthrough}
 * and the {@code passthrough} index. Switched on by configuration for tests on scratch databases;
 * production captures only the tables that have a mapper.
 */
public final class PassThroughProjection implements Projection {

  private static final List<Column> COLUMNS =
      List.of(
          new Column("id", ColumnType.STRING),
          new Column("source_table", ColumnType.STRING),
          new Column("doc", ColumnType.JSON));

  @Override
  public String sourceTable() {
    return "*";
  }

  @Override
  public String odsTable() {
    return "ods_passthrough";
  }

  @Override
  public String index() {
    return "passthrough";
  }

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public Map<String, Object> odsRow(RowChange change) {
    Map<String, Object> doc = new LinkedHashMap<>();
    change.state().forEach((column, value) -> doc.put(column, Documents.value(value)));
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", change.qualifiedTable() + '|' + change.documentId());
    row.put("source_table", change.qualifiedTable());
    row.put("doc", CanonicalJson.MAPPER.valueToTree(doc));
    return row;
  }

  @Override
  public Map<String, Object> document(Map<String, Object> row, References refs) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("source_table", row.get("source_table"));
    doc.put("row", row.get("doc"));
    return doc;
  }

  /** Renders a canonical JSON text of a document value (for tests and digests). */
  public static String text(Object value) {
    return CanonicalJson.write(value);
  }
}
