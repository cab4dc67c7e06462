package il.gov.cal.cdc.change;

/**
 * Packs a binlog position into one monotonic {@code long}, used as the external version of every
 * OpenSearch document and as {@code source_position} of every ODS row.
 *
 * <p>Debezium reports, for every row of a transaction, the position of the transaction's start; the
 * order of the row within its transaction comes from the transaction metadata ({@code total_order},
 * from 1). Layout, high to low bits: 14 bits binlog file number (the digits after the last dot of
 * {@code binlog.000042}), 32 bits transaction start position in the file, 17 bits order in the
 * transaction. A change later in the binlog always packs to a larger number; a snapshot read packs
 * with order 0, below any change streamed from its position on.
 *
 * <p>Limitation: beyond 131,071 row changes in one transaction, the order saturates; two changes of
 * the same key beyond that point would carry the same version and a redelivery could reorder them.
 * Batch jobs commit far smaller transactions.
 *
 * <p>Limitation: the order holds within one binlog history. After the source's binlog is reset
 * ({@code RESET MASTER}, a new primary with lower file numbers) new changes would pack below old
 * ones and be ignored as stale; such a switch needs a fresh snapshot into new index versions
 * ({@code OdsRebuildCommand}) and a truncated ODS.
 */
public final class SourcePosition {

  private static final long MAX_FILE = (1L << 14) - 1;
  private static final long MAX_POS = (1L << 32) - 1;
  private static final long MAX_ORDER = (1L << 17) - 1;

  private SourcePosition() {}

  /** The packed position of the {@code order}-th row change of the transaction at a position. */
  public static long streamed(String binlogFile, long position, long order) {
    long file = fileNumber(binlogFile);
    if (file > MAX_FILE || position > MAX_POS || position < 0) {
      throw new IllegalArgumentException(
          "binlog position out of range: file=" + binlogFile + " pos=" + position);
    }
    return (file << 49) | (position << 17) | Math.min(Math.max(order, 0), MAX_ORDER);
  }

  /** The packed position of a snapshot read taken at the given binlog position. */
  public static long snapshot(String binlogFile, long position) {
    return streamed(binlogFile, position, 0);
  }

  /** The number of a binlog file name: {@code binlog.000042} is 42. */
  public static long fileNumber(String binlogFile) {
    if (binlogFile == null || binlogFile.isEmpty()) {
      return 0;
    }
    int dot = binlogFile.lastIndexOf('.');
    return Long.parseLong(binlogFile.substring(dot + 1));
  }
}
