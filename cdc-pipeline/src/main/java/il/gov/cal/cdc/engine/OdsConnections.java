package il.gov.cal.cdc.engine;

import il.gov.cal.cdc.config.PipelineConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The ODS connection of the batch handler: one connection, kept across batches (the pipeline writes
 * one batch at a time) and replaced after any failure, so a database restart costs one failed
 * attempt and a reconnect.
 */
public final class OdsConnections {

  private final PipelineConfig config;
  private Connection current;

  public OdsConnections(PipelineConfig config) {
    this.config = config;
  }

  /** A new connection; the caller closes it. */
  public Connection open() throws SQLException {
    return DriverManager.getConnection(config.odsJdbcUrl(), config.odsUser(), config.odsPassword());
  }

  /** The shared connection, opened when missing; in auto-commit mode. Not for other threads. */
  public synchronized Connection shared() throws SQLException {
    if (current == null || current.isClosed()) {
      current = open();
    }
    current.setAutoCommit(true);
    return current;
  }

  /** Drops the shared connection after a failure; the next {@link #shared()} reconnects. */
  public synchronized void discard() {
    if (current != null) {
      try {
        current.close();
      } catch (SQLException e) {
        // The connection is already broken; closing it is only for the driver's bookkeeping.
      }
      current = null;
    }
  }
}
