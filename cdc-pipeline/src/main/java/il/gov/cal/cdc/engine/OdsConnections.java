package il.gov.cal.cdc.engine;

import il.gov.cal.cdc.config.PipelineConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Opens connections to the ODS schema. One connection per batch: the pipeline writes a batch at a
 * time, so a pool would add nothing but state to reset after a database restart.
 */
public final class OdsConnections {

  private final PipelineConfig config;

  public OdsConnections(PipelineConfig config) {
    this.config = config;
  }

  /** A new connection; the caller closes it. */
  public Connection open() throws SQLException {
    return DriverManager.getConnection(config.odsJdbcUrl(), config.odsUser(), config.odsPassword());
  }
}
