package il.gov.cal.cdc.projection;

/** One column a projection copies from the source row into the ODS. */
public record Column(String name, ColumnType type) {

  static Column bigint(String name) {
    return new Column(name, ColumnType.BIGINT);
  }

  static Column string(String name) {
    return new Column(name, ColumnType.STRING);
  }

  static Column instant(String name) {
    return new Column(name, ColumnType.INSTANT);
  }

  static Column date(String name) {
    return new Column(name, ColumnType.DATE);
  }
}
