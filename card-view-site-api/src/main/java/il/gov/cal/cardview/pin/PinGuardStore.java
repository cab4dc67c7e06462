package il.gov.cal.cardview.pin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * PIN-recovery state per card in the ODS database: the current one-time code (as a keyed hash,
 * {@code site_pin_otp}) and the count of wrong codes with the lock they lead to ({@code
 * site_pin_guard}). Wrong codes are counted across codes, so asking for a new code does not buy new
 * tries.
 */
@ApplicationScoped
public class PinGuardStore {

  @Resource(lookup = "jdbc/ods")
  DataSource dataSource;

  /** When the card's PIN recovery is locked until, if it is locked now. */
  public Optional<Instant> lockedUntil(long cardId, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT locked_until FROM site_pin_guard WHERE card_id = ?")) {
      s.setLong(1, cardId);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next() && rs.getTimestamp(1) != null) {
          Instant until = rs.getTimestamp(1).toInstant();
          return until.isAfter(now) ? Optional.of(until) : Optional.empty();
        }
        return Optional.empty();
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** Replaces the card's current code. */
  public void storeCode(long cardId, String codeHash, Instant expiresAt) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "REPLACE INTO site_pin_otp (card_id, code_hash, expires_at) VALUES (?, ?, ?)")) {
      s.setLong(1, cardId);
      s.setString(2, codeHash);
      s.setTimestamp(3, Timestamp.from(expiresAt));
      s.executeUpdate();
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** Whether the card has a code that has not expired. */
  public boolean hasLiveCode(long cardId, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT 1 FROM site_pin_otp WHERE card_id = ? AND expires_at > ?")) {
      s.setLong(1, cardId);
      s.setTimestamp(2, Timestamp.from(now));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /**
   * Uses up the card's code if it matches and is live: of two concurrent uses, one wins.
   *
   * @return true when the code matched and is now spent
   */
  public boolean consumeCode(long cardId, String codeHash, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "DELETE FROM site_pin_otp WHERE card_id = ? AND code_hash = ? AND expires_at > ?")) {
      s.setLong(1, cardId);
      s.setString(2, codeHash);
      s.setTimestamp(3, Timestamp.from(now));
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /**
   * Counts a wrong code and locks the card's PIN recovery once {@code maxFailures} is reached.
   *
   * @return the number of wrong codes since the last success
   */
  public int recordFailure(long cardId, int maxFailures, Instant lockUntil) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO site_pin_guard (card_id, failures, locked_until) VALUES (?, 1, NULL)"
                  + " ON DUPLICATE KEY UPDATE failures = failures + 1")) {
        s.setLong(1, cardId);
        s.executeUpdate();
      }
      int failures;
      try (PreparedStatement s =
          c.prepareStatement("SELECT failures FROM site_pin_guard WHERE card_id = ?")) {
        s.setLong(1, cardId);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          failures = rs.getInt(1);
        }
      }
      if (failures >= maxFailures) {
        try (PreparedStatement s =
            c.prepareStatement(
                "UPDATE site_pin_guard SET locked_until = ?, failures = 0 WHERE card_id = ?")) {
          s.setTimestamp(1, Timestamp.from(lockUntil));
          s.setLong(2, cardId);
          s.executeUpdate();
        }
        try (PreparedStatement s =
            c.prepareStatement("DELETE FROM site_pin_otp WHERE card_id = ?")) {
          s.setLong(1, cardId);
          s.executeUpdate();
        }
      }
      return failures;
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** Forgets wrong codes after a success. */
  public void reset(long cardId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM site_pin_guard WHERE card_id = ?")) {
      s.setLong(1, cardId);
      s.executeUpdate();
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  private static IllegalStateException unavailable(SQLException e) {
    return new IllegalStateException("PIN guard store unavailable: " + e.getSQLState(), e);
  }
}
