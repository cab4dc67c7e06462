package il.gov.cal.cdc.config;

/** The kind of source database, which decides the Debezium connector class. */
public enum SourceKind {
  /** MariaDB 10.x/11.x: the MariaDB connector (the MySQL connector refuses to start on it). */
  MARIADB("io.debezium.connector.mariadb.MariaDbConnector"),
  /** MySQL 8.x: the MySQL connector. */
  MYSQL("io.debezium.connector.mysql.MySqlConnector");

  private final String connectorClass;

  SourceKind(String connectorClass) {
    this.connectorClass = connectorClass;
  }

  /** The Debezium connector class for this kind of source. */
  public String connectorClass() {
    return connectorClass;
  }
}
