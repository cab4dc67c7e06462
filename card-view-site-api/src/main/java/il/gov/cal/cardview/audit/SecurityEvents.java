package il.gov.cal.cardview.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a security event twice: one WARN log line and one row in {@code site_security_event}.
 * Neither ever holds a token, code or PIN; only the ids the event is about, when known.
 *
 * <p>The platform's audit trail (security module) is not available to this service yet; when it is,
 * the row goes there instead, in this one class. Until then the events are in the ODS database
 * only, which the analysts' tools can read.
 */
@ApplicationScoped
public class SecurityEvents {

  private static final Logger log = LoggerFactory.getLogger("il.gov.cal.cardview.security");

  @Resource(lookup = "jdbc/ods")
  DataSource dataSource;

  /**
   * @param kind what happened, e.g. {@code link-token-rejected}
   * @param reason why, e.g. {@code reused}
   * @param orgId the organisation, or null when not known
   * @param cardholderId the cardholder, or null when not known
   * @param cardId the card, or null when not known
   * @param clientAddr the client's address as the server saw it
   */
  public void record(
      String kind, String reason, Long orgId, Long cardholderId, Long cardId, String clientAddr) {
    log.warn(
        "security event={} reason={} org={} cardholder={} card={} client={}",
        kind,
        reason,
        orgId,
        cardholderId,
        cardId,
        clientAddr);
    String sql =
        "INSERT INTO site_security_event (occurred_at, kind, reason, org_id, cardholder_id,"
            + " card_id, client_addr) VALUES (?, ?, ?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setTimestamp(1, Timestamp.from(Instant.now()));
      s.setString(2, kind);
      s.setString(3, reason);
      setLong(s, 4, orgId);
      setLong(s, 5, cardholderId);
      setLong(s, 6, cardId);
      s.setString(7, clientAddr);
      s.executeUpdate();
    } catch (SQLException e) {
      log.error("security event not stored event={} state={}", kind, e.getSQLState());
    }
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }
}
