package il.gov.cal.cdc.projection;

/** The ODS type of a projected column; decides the DDL, the JDBC binding and the read-back. */
public enum ColumnType {
  BIGINT("BIGINT"),
  STRING("VARCHAR(255)"),
  LONG_STRING("VARCHAR(1000)"),
  DECIMAL("DECIMAL(38,10)"),
  DATE("DATE"),
  /** A wall-clock DATETIME: stored as written at the source, never shifted. */
  LOCAL_DATE_TIME("DATETIME(6)"),
  /** A TIMESTAMP instant: stored as UTC in a DATETIME(6) (the ODS connection is UTC). */
  INSTANT("DATETIME(6)"),
  TIME("TIME(6)"),
  /** Canonical JSON text (sorted keys, exact numbers). */
  JSON("LONGTEXT");

  private final String ddl;

  ColumnType(String ddl) {
    this.ddl = ddl;
  }

  /** The MySQL column type. */
  public String ddl() {
    return ddl;
  }
}
