package il.gov.cal.core.importing.job;

import il.gov.cal.core.importing.storage.StoredFile;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code import_job} and {@code import_rejection} tables, in plain JDBC. Each method commits on
 * its own, except {@link #addCounts} and {@link #addRejections}, which write on the caller's
 * connection so that counters and rows commit together in the chunk's transaction.
 *
 * <p>Imports are not tenant-scoped rows: the organisation is known only once the file's header was
 * read, so every query here is by import id, and the API checks the caller's organisation.
 */
@ApplicationScoped
public class ImportJobs {

  private static final String COLUMNS =
      "id, org_id, file_name, stored_at, sha256, state, records_total, records_read, accepted,"
          + " rejected, duplicates, failure_line, failure, batch_execution_id, created_at,"
          + " finished_at";

  @Resource(lookup = "jdbc/core")
  private DataSource dataSource;

  /** Thrown by {@link #create} when another import already holds the idempotency key. */
  public static final class KeyTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KeyTaken() {
      super("idempotency key already used", null, false, false);
    }
  }

  /**
   * Records a received file as a new import in state RECEIVED.
   *
   * @param idempotencyKey the client's key, or null
   * @return the import id
   * @throws KeyTaken if another import holds {@code idempotencyKey}
   */
  public long create(String fileName, StoredFile file, String idempotencyKey) {
    String insert =
        "INSERT INTO import_job (file_name, stored_at, sha256, state, idempotency_key)"
            + " VALUES (?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, fileName);
      s.setString(2, file.location());
      s.setString(3, file.sha256());
      s.setString(4, ImportState.RECEIVED.name());
      s.setString(5, idempotencyKey);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLIntegrityConstraintViolationException e) {
      throw new KeyTaken();
    } catch (SQLException e) {
      throw failure("record a received file", e);
    }
  }

  /** The import with this id, if any. */
  public Optional<ImportJob> find(long id) {
    return queryOne("SELECT " + COLUMNS + " FROM import_job WHERE id = ?", id);
  }

  /** The import holding this idempotency key, if any. */
  public Optional<ImportJob> findByIdempotencyKey(String key) {
    return queryOne("SELECT " + COLUMNS + " FROM import_job WHERE idempotency_key = ?", key);
  }

  /** Imports not in a final state, oldest first. */
  public List<ImportJob> unfinished() {
    String select =
        "SELECT "
            + COLUMNS
            + " FROM import_job WHERE state IN ('RECEIVED', 'VALIDATING',"
            + " 'IMPORTING') ORDER BY id";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(select);
        ResultSet rs = s.executeQuery()) {
      List<ImportJob> jobs = new ArrayList<>();
      while (rs.next()) {
        jobs.add(read(rs));
      }
      return jobs;
    } catch (SQLException e) {
      throw failure("list unfinished imports", e);
    }
  }

  /** Notes the Jakarta Batch execution now running the import. */
  public void attachExecution(long id, long executionId) {
    update("UPDATE import_job SET batch_execution_id = ? WHERE id = ?", executionId, id);
  }

  /** The first pass has begun. */
  public void markValidating(long id) {
    update("UPDATE import_job SET state = 'VALIDATING' WHERE id = ?", id);
  }

  /** The file is valid: it belongs to {@code organisationId} and holds {@code recordsTotal}. */
  public void markImporting(long id, long organisationId, long recordsTotal) {
    update(
        "UPDATE import_job SET state = 'IMPORTING', org_id = ?, records_total = ? WHERE id = ?",
        organisationId,
        recordsTotal,
        id);
  }

  /** The file broke a file-level rule at {@code line}; nothing of it was applied. */
  public void markRejected(long id, int line, String reason) {
    update(
        "UPDATE import_job SET state = 'REJECTED', failure_line = ?, failure = ?,"
            + " finished_at = CURRENT_TIMESTAMP(3) WHERE id = ?",
        line,
        truncate(reason),
        id);
  }

  /** The second pass ended: COMPLETED, or FAILED with {@code failure}. */
  public void markFinished(long id, ImportState state, String failure) {
    update(
        "UPDATE import_job SET state = ?, failure = ?, finished_at = CURRENT_TIMESTAMP(3)"
            + " WHERE id = ? AND state IN ('VALIDATING', 'IMPORTING')",
        state.name(),
        failure == null ? null : truncate(failure),
        id);
  }

  /** A failed import is being restarted. */
  public void markResumed(long id, ImportState state) {
    update(
        "UPDATE import_job SET state = ?, failure = NULL, finished_at = NULL WHERE id = ?",
        state.name(),
        id);
  }

  /** Adds a chunk's counts on {@code c}, inside the caller's transaction. */
  public void addCounts(Connection c, long id, ImportCounts counts) throws SQLException {
    String update =
        "UPDATE import_job SET records_read = records_read + ?, accepted = accepted + ?,"
            + " rejected = rejected + ?, duplicates = duplicates + ? WHERE id = ?";
    try (PreparedStatement s = c.prepareStatement(update)) {
      s.setLong(1, counts.read());
      s.setLong(2, counts.accepted());
      s.setLong(3, counts.rejected());
      s.setLong(4, counts.duplicates());
      s.setLong(5, id);
      s.executeUpdate();
    }
  }

  /** Records a chunk's rejected records on {@code c}, inside the caller's transaction. */
  public void addRejections(Connection c, long id, List<Rejection> rejections) throws SQLException {
    if (rejections.isEmpty()) {
      return;
    }
    String insert =
        "INSERT IGNORE INTO import_rejection (import_id, line_no, reason) VALUES (?, ?, ?)";
    try (PreparedStatement s = c.prepareStatement(insert)) {
      for (Rejection rejection : rejections) {
        s.setLong(1, id);
        s.setInt(2, rejection.line());
        s.setString(3, truncate(rejection.reason(), 500));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Up to {@code limit} rejections of the import after line {@code afterLine}, in line order. */
  public List<Rejection> rejections(long id, int afterLine, int limit) {
    String select =
        "SELECT line_no, reason FROM import_rejection WHERE import_id = ? AND line_no > ?"
            + " ORDER BY line_no LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(select)) {
      s.setLong(1, id);
      s.setInt(2, afterLine);
      s.setInt(3, limit);
      try (ResultSet rs = s.executeQuery()) {
        List<Rejection> rejections = new ArrayList<>();
        while (rs.next()) {
          rejections.add(new Rejection(rs.getInt(1), rs.getString(2)));
        }
        return rejections;
      }
    } catch (SQLException e) {
      throw failure("read rejections", e);
    }
  }

  private Optional<ImportJob> queryOne(String select, Object parameter) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(select)) {
      s.setObject(1, parameter);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read an import", e);
    }
  }

  private void update(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i] == null) {
          s.setNull(i + 1, Types.VARCHAR);
        } else {
          s.setObject(i + 1, parameters[i]);
        }
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure("update an import", e);
    }
  }

  private static ImportJob read(ResultSet rs) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new ImportJob(
        rs.getLong("id"),
        (Long) rs.getObject("org_id", Long.class),
        rs.getString("file_name"),
        rs.getString("stored_at"),
        rs.getString("sha256"),
        ImportState.valueOf(rs.getString("state")),
        rs.getObject("records_total", Integer.class),
        new ImportCounts(
            rs.getLong("records_read"),
            rs.getLong("accepted"),
            rs.getLong("rejected"),
            rs.getLong("duplicates")),
        rs.getObject("failure_line", Integer.class),
        rs.getString("failure"),
        rs.getObject("batch_execution_id", Long.class),
        rs.getTimestamp("created_at").toInstant(),
        finished == null ? null : finished.toInstant());
  }

  private static String truncate(String text) {
    return truncate(text, 1000);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("Could not " + what, e);
  }
}
