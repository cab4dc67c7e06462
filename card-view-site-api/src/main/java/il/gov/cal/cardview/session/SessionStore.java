package il.gov.cal.cardview.session;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Sessions in {@code site_session}, keyed by the SHA-256 of the session id so a copy of the table
 * opens no session. A session ends after {@link #IDLE} without a request, or {@link #ABSOLUTE}
 * after it opened, whichever comes first.
 */
@ApplicationScoped
public class SessionStore {

  /** Idle timeout. */
  public static final Duration IDLE = Duration.ofMinutes(15);

  /** Longest life of a session, however active. */
  public static final Duration ABSOLUTE = Duration.ofHours(1);

  /** Activity is written at most this often, to spare a write per request. */
  private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Resource(lookup = "jdbc/ods")
  DataSource dataSource;

  /** Opens a session and returns its id, which exists only in the caller's cookie from now on. */
  public String open(CardViewSession session, Instant now) {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    String sql =
        "INSERT INTO site_session (id_hash, org_id, cardholder_id, card_id, created_at,"
            + " last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, hash(id));
      s.setLong(2, session.orgId());
      s.setLong(3, session.cardholderId());
      s.setLong(4, session.cardId());
      s.setTimestamp(5, Timestamp.from(now));
      s.setTimestamp(6, Timestamp.from(now));
      s.setTimestamp(7, Timestamp.from(now.plus(ABSOLUTE)));
      s.executeUpdate();
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("session store unavailable: " + e.getSQLState(), e);
    }
  }

  /** The live session with this id, its activity recorded; empty when unknown or ended. */
  public Optional<CardViewSession> find(String id, Instant now) {
    String sql =
        "SELECT org_id, cardholder_id, card_id, last_seen_at, expires_at FROM site_session"
            + " WHERE id_hash = ?";
    String idHash = hash(id);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, idHash);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Instant lastSeen = rs.getTimestamp(4).toInstant();
        Instant expires = rs.getTimestamp(5).toInstant();
        if (!now.isBefore(expires) || !now.isBefore(lastSeen.plus(IDLE))) {
          return Optional.empty();
        }
        CardViewSession session = new CardViewSession(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        if (now.isAfter(lastSeen.plus(TOUCH_EVERY))) {
          touch(c, idHash, now);
        }
        return Optional.of(session);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("session store unavailable: " + e.getSQLState(), e);
    }
  }

  /** Ends the session with this id, if any. */
  public void close(String id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM site_session WHERE id_hash = ?")) {
      s.setString(1, hash(id));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("session store unavailable: " + e.getSQLState(), e);
    }
  }

  private static void touch(Connection c, String idHash, Instant now) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE site_session SET last_seen_at = ? WHERE id_hash = ?")) {
      s.setTimestamp(1, Timestamp.from(now));
      s.setString(2, idHash);
      s.executeUpdate();
    }
  }

  private static String hash(String id) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
