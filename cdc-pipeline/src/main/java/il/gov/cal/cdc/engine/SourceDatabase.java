package il.gov.cal.cdc.engine;

import il.gov.cal.cdc.config.PipelineConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks the source before the engine starts: ROW binlog with full row images, and no partial-JSON
 * row values (with {@code binlog_row_value_options=PARTIAL_JSON} a MySQL source logs JSON updates
 * as diffs the connector cannot apply, and updates would go missing). A source that fails a check
 * stops the pipeline with the reason.
 */
public final class SourceDatabase {

  private SourceDatabase() {}

  /** A JDBC URL to the source. */
  public static String jdbcUrl(PipelineConfig config, String database) {
    return "jdbc:mysql://"
        + config.dbHost()
        + ':'
        + config.dbPort()
        + '/'
        + database
        + "?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC";
  }

  /** Throws {@link IllegalStateException} naming the first setting that would lose changes. */
  public static void check(PipelineConfig config) throws SQLException {
    Map<String, String> variables = new HashMap<>();
    try (Connection connection =
            DriverManager.getConnection(jdbcUrl(config, ""), config.dbUser(), config.dbPassword());
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SHOW GLOBAL VARIABLES WHERE Variable_name IN"
                    + " ('binlog_format', 'binlog_row_image', 'binlog_row_value_options', 'log_bin')")) {
      while (rs.next()) {
        variables.put(rs.getString(1).toLowerCase(), rs.getString(2));
      }
    }
    require(variables, "log_bin", "ON");
    require(variables, "binlog_format", "ROW");
    require(variables, "binlog_row_image", "FULL");
    String valueOptions = variables.getOrDefault("binlog_row_value_options", "");
    if (valueOptions.toUpperCase().contains("PARTIAL_JSON")) {
      throw new IllegalStateException(
          "binlog_row_value_options=PARTIAL_JSON: JSON updates would be lost; set it to ''");
    }
  }

  private static void require(Map<String, String> variables, String name, String expected) {
    String actual = variables.get(name);
    if (actual == null || !actual.equalsIgnoreCase(expected)) {
      throw new IllegalStateException(
          "source variable " + name + "=" + actual + ", the pipeline needs " + expected);
    }
  }
}
