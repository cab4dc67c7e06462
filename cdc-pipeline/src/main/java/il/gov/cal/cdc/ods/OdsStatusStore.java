package il.gov.cal.cdc.ods;

import il.gov.cal.cdc.search.DeadLetter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes the operator-facing tables: {@code ods_dead_letter} (items refused for good) and {@code
 * ods_freshness} (per index: last source commit time and last indexed time, read by {@code GET
 * /ods/status}).
 */
public final class OdsStatusStore {

  private OdsStatusStore() {}

  /** Appends dead letters, in the caller's transaction (auto-commit when none). */
  public static void deadLetters(Connection connection, List<DeadLetter> letters)
      throws SQLException {
    if (letters.isEmpty()) {
      return;
    }
    String sql =
        "INSERT INTO ods_dead_letter (event_key, source_table, target, reason, payload)"
            + " VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (DeadLetter letter : letters) {
        statement.setString(1, truncate(letter.eventKey(), 255));
        statement.setString(2, truncate(letter.sourceTable(), 255));
        statement.setString(3, truncate(letter.target(), 255));
        statement.setString(4, truncate(letter.reason(), 2000));
        statement.setString(5, letter.payload());
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** Moves an index's freshness forward (never back). */
  public static void freshness(
      Connection connection, String index, Instant lastCommit, long position, Instant indexedAt)
      throws SQLException {
    String sql =
        "INSERT INTO ods_freshness"
            + " (index_name, last_source_commit_at, last_indexed_at, last_source_position)"
            + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " last_source_commit_at = GREATEST(COALESCE(last_source_commit_at,"
            + " VALUES(last_source_commit_at)), VALUES(last_source_commit_at)),"
            + " last_indexed_at = VALUES(last_indexed_at),"
            + " last_source_position = GREATEST(last_source_position, VALUES(last_source_position))";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, index);
      statement.setObject(2, LocalDateTime.ofInstant(lastCommit, ZoneOffset.UTC));
      statement.setObject(3, LocalDateTime.ofInstant(indexedAt, ZoneOffset.UTC));
      statement.setLong(4, position);
      statement.executeUpdate();
    }
  }

  private static String truncate(String value, int max) {
    if (value == null) {
      return "";
    }
    return value.length() <= max ? value : value.substring(0, max);
  }
}
