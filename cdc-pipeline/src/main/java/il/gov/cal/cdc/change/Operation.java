package il.gov.cal.cdc.change;

/** What happened to a source row. */
public enum Operation {
  /** Read by a snapshot (initial or incremental): the row's state at the snapshot. */
  READ,
  CREATE,
  UPDATE,
  DELETE;

  /** The operation for Debezium's one-letter code. */
  public static Operation of(String code) {
    return switch (code) {
      case "r" -> READ;
      case "c" -> CREATE;
      case "u" -> UPDATE;
      case "d" -> DELETE;
      default -> throw new IllegalArgumentException("unknown Debezium operation: " + code);
    };
  }
}
