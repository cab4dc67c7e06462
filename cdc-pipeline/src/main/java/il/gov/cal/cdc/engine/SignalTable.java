package il.gov.cal.cdc.engine;

import il.gov.cal.cdc.config.PipelineConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The signal table {@code <db>.debezium_signal}, owned by the pipeline: created when missing at
 * start, and the way to ask the running engine for an incremental snapshot of a table (the engine
 * reads the insert from the binlog, then re-reads the table in chunks while streaming goes on).
 */
public final class SignalTable {

  private final PipelineConfig config;

  public SignalTable(PipelineConfig config) {
    this.config = config;
  }

  /** Creates the table when missing. */
  public void ensure() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS "
              + config.signalTable()
              + " (id VARCHAR(42) PRIMARY KEY, type VARCHAR(32) NOT NULL, data VARCHAR(2048) NULL)");
    }
  }

  /**
   * Asks for an incremental snapshot of a table of the signal database.
   *
   * @return the signal id
   */
  public String requestIncrementalSnapshot(String table) throws SQLException {
    if (!table.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("not a plain table name: " + table);
    }
    String id = UUID.randomUUID().toString();
    String data =
        "{\"data-collections\":[\""
            + config.signalDatabase()
            + "."
            + table
            + "\"],"
            + "\"type\":\"incremental\"}";
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "INSERT INTO " + config.signalTable() + " (id, type, data) VALUES (?, ?, ?)")) {
      statement.setString(1, id);
      statement.setString(2, "execute-snapshot");
      statement.setString(3, data);
      statement.executeUpdate();
    }
    return id;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(
        SourceDatabase.jdbcUrl(config, config.signalDatabase()),
        config.dbUser(),
        config.dbPassword());
  }
}
