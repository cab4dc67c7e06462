package il.gov.cal.cdc.projection;

import il.gov.cal.cdc.change.RowChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one source table is projected: which columns reach the ODS table, and the pure mapping from
 * an ODS row (plus {@link References}) to the search document. Sensitive columns are simply not
 * among {@link #columns()}, so they can reach neither store.
 */
public interface Projection {

  /** The source table name (without database). */
  String sourceTable();

  /** The ODS MySQL table. */
  String odsTable();

  /** The logical index name; the alias is {@code cal-<index>}. */
  String index();

  /** The ODS columns, primary key {@code id} first. */
  List<Column> columns();

  /** The search document for an ODS row. */
  Map<String, Object> document(Map<String, Object> row, References refs);

  /** The ODS row for a change: the declared columns of the row's latest state, nothing else. */
  default Map<String, Object> odsRow(RowChange change) {
    Map<String, Object> source = change.state();
    Map<String, Object> row = new LinkedHashMap<>();
    for (Column column : columns()) {
      row.put(column.name(), source.get(column.name()));
    }
    return row;
  }

  /** The document id of an ODS row: its {@code id}. */
  default String documentId(Map<String, Object> row) {
    return String.valueOf(row.get("id"));
  }
}
