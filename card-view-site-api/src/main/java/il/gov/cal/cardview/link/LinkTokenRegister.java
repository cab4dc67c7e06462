package il.gov.cal.cardview.link;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The single-use register of link tokens, in the ODS database ({@code site_link_token_use}), so it
 * works while the operational core is down. Claiming is one insert on the token id: of two
 * concurrent exchanges of the same token, exactly one wins.
 */
@ApplicationScoped
public class LinkTokenRegister {

  @Resource(lookup = "jdbc/ods")
  DataSource dataSource;

  /**
   * Records the token as used.
   *
   * @return true when this call is the token's first use, false when it was used before
   */
  public boolean claim(LinkToken token, Instant now) {
    String sql =
        "INSERT INTO site_link_token_use (token_id, cardholder_id, card_id, used_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, token.tokenId());
      s.setLong(2, token.cardholderId());
      s.setLong(3, token.cardId());
      s.setTimestamp(4, Timestamp.from(now));
      s.setTimestamp(5, Timestamp.from(token.expiresAt()));
      s.executeUpdate();
      return true;
    } catch (SQLIntegrityConstraintViolationException e) {
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException("link-token register unavailable: " + e.getSQLState(), e);
    }
  }
}
