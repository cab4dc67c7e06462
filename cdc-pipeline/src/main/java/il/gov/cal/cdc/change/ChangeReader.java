package il.gov.cal.cdc.change;

import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.connect.data.Struct;

/**
 * Reads a Debezium change envelope (key struct and value struct) into a {@link RowChange}. Records
 * that are not row changes (tombstones, heartbeats, transaction markers) read as empty.
 */
public final class ChangeReader {

  private ChangeReader() {}

  /** The row change in the envelope, or empty when the record is not a row change. */
  public static Optional<RowChange> read(Struct key, Struct value) {
    if (value == null
        || value.schema().name() == null
        || !value.schema().name().endsWith(".Envelope")) {
      return Optional.empty();
    }
    Struct source = value.getStruct("source");
    String snapshotFlag = source.getString("snapshot");
    boolean snapshot = snapshotFlag != null && !"false".equals(snapshotFlag);
    Operation operation = Operation.of(value.getString("op"));
    String file = source.getString("file");
    long pos = source.getInt64("pos");
    long position =
        operation == Operation.READ
            ? SourcePosition.snapshot(file, pos)
            : SourcePosition.streamed(file, pos, orderInTransaction(value, source));
    Long sourceTs = source.getInt64("ts_ms");
    Instant committedAt =
        Instant.ofEpochMilli(sourceTs != null ? sourceTs : value.getInt64("ts_ms"));
    return Optional.of(
        new RowChange(
            source.getString("db"),
            source.getString("table"),
            operation,
            key == null ? java.util.Map.of() : ValueNormaliser.row(key),
            ValueNormaliser.row(value.getStruct("before")),
            ValueNormaliser.row(value.getStruct("after")),
            position,
            committedAt,
            snapshot));
  }

  /** The row's 1-based order in its transaction; without transaction metadata, row + 1. */
  private static long orderInTransaction(Struct value, Struct source) {
    if (value.schema().field("transaction") != null) {
      Struct transaction = value.getStruct("transaction");
      if (transaction != null && transaction.get("total_order") != null) {
        return transaction.getInt64("total_order");
      }
    }
    Integer row = source.getInt32("row");
    return row == null ? 1 : row + 1L;
  }
}
