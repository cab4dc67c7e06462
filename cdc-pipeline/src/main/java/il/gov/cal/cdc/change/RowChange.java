package il.gov.cal.cdc.change;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One committed change of one source row, with values already normalised by {@link
 * ValueNormaliser}: integers as {@code Long}, DECIMAL as {@code BigDecimal}, DATE as {@code
 * LocalDate}, DATETIME as {@code LocalDateTime} (wall clock), TIMESTAMP as {@code Instant}, TIME as
 * {@code LocalTime}, JSON as a canonical Jackson tree.
 *
 * @param database source database
 * @param table source table
 * @param operation what happened
 * @param key primary-key columns and values
 * @param before the row before the change (null for reads and inserts)
 * @param after the row after the change (null for deletes)
 * @param position packed source position, see {@link SourcePosition}
 * @param committedAt the source's time of the change, {@code source.ts_ms}: on MariaDB the binlog
 *     event header's, whole seconds and the start of the changing statement; on MySQL with GTIDs
 *     the transaction's commit (snapshot: the read time)
 * @param snapshot whether the change comes from a snapshot read
 */
public record RowChange(
    String database,
    String table,
    Operation operation,
    Map<String, Object> key,
    Map<String, Object> before,
    Map<String, Object> after,
    long position,
    Instant committedAt,
    boolean snapshot) {

  public RowChange {
    key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
    before = before == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(before));
    after = after == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(after));
  }

  /** The row's latest state: {@code after}, or {@code before} for a delete. */
  public Map<String, Object> state() {
    return after != null ? after : before;
  }

  /** Whether the row is gone after this change. */
  public boolean isDelete() {
    return operation == Operation.DELETE;
  }

  /** The document id: the primary key values joined by {@code |}, in key order. */
  public String documentId() {
    StringBuilder id = new StringBuilder();
    for (Object value : key.values()) {
      if (id.length() > 0) {
        id.append('|');
      }
      id.append(value);
    }
    return id.toString();
  }

  /** {@code database.table}. */
  public String qualifiedTable() {
    return database + '.' + table;
  }
}
