package il.gov.cal.core.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code idempotency_key} table: a key is claimed (status 0, in flight) before the request
 * runs, completed with the response once it succeeded, and released if it failed so the client may
 * retry. Each statement commits on its own, outside the request's transaction, so a claim is
 * visible to a concurrent repeat at once. Rows are scoped by organisation explicitly.
 */
@ApplicationScoped
public class IdempotencyStore {

  @Resource(lookup = "jdbc/core")
  private DataSource dataSource;

  /**
   * A response kept for a key.
   *
   * @param requestHash SHA-256 of the request that first used the key
   * @param status the HTTP status, 0 while the first request is still running
   * @param location the Location header, or null
   * @param body the JSON body, or null
   */
  public record StoredResponse(String requestHash, int status, String location, String body) {
    boolean inFlight() {
      return status == 0;
    }
  }

  /** Claims the key for this request; if already taken, what the earlier request left. */
  public Optional<StoredResponse> claim(long organisationId, String key, String requestHash) {
    String insert =
        "INSERT INTO idempotency_key (org_id, idem_key, request_hash, status) VALUES (?, ?, ?, 0)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(insert)) {
      s.setLong(1, organisationId);
      s.setString(2, key);
      s.setString(3, requestHash);
      s.executeUpdate();
      return Optional.empty();
    } catch (SQLIntegrityConstraintViolationException taken) {
      return Optional.of(find(organisationId, key));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not claim an idempotency key", e);
    }
  }

  private StoredResponse find(long organisationId, String key) {
    try {
      return read(organisationId, key);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not claim an idempotency key", e);
    }
  }

  /** Keeps the successful response so repeats of the request get it again. */
  public void complete(long organisationId, String key, int status, String location, String body) {
    String update =
        "UPDATE idempotency_key SET status = ?, location = ?, body = ?"
            + " WHERE org_id = ? AND idem_key = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(update)) {
      s.setInt(1, status);
      s.setString(2, location);
      s.setString(3, body);
      s.setLong(4, organisationId);
      s.setString(5, key);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not keep an idempotent response", e);
    }
  }

  /** Forgets a claim whose request failed, so the client may try again with the same key. */
  public void release(long organisationId, String key) {
    String delete = "DELETE FROM idempotency_key WHERE org_id = ? AND idem_key = ? AND status = 0";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(delete)) {
      s.setLong(1, organisationId);
      s.setString(2, key);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not release an idempotency key", e);
    }
  }

  private StoredResponse read(long organisationId, String key) throws SQLException {
    String select =
        "SELECT request_hash, status, location, body FROM idempotency_key"
            + " WHERE org_id = ? AND idem_key = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(select)) {
      s.setLong(1, organisationId);
      s.setString(2, key);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          // Released between our insert and this read: report it as still in flight.
          return new StoredResponse("", 0, null, null);
        }
        return new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4));
      }
    }
  }
}
