package il.gov.cal.cardview.housekeeping;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Deletes the site's rows that can no longer mean anything, so the {@code site_*} tables hold live
 * state only:
 *
 * <ul>
 *   <li>{@code site_link_token_use}: a link token is refused once its {@code expires_at} has
 *       passed, so its use no longer needs remembering;
 *   <li>{@code site_session}: sessions past their absolute end, or idle longer than the idle
 *       timeout ({@link il.gov.cal.cardview.session.SessionStore#IDLE});
 *   <li>{@code site_pin_otp}: one-time codes past their expiry, which are never accepted;
 *   <li>{@code site_pin_guard}: guards with no wrong code counted and no lock in force, which mean
 *       the same as no row. A guard that still counts wrong codes is kept, whatever its age, so
 *       that waiting does not reset the count.
 * </ul>
 *
 * Each row is kept {@link #GRACE} beyond the moment it stops counting, so that a server whose clock
 * runs behind still sees the rows it would consult. Rows go in batches of {@link #BATCH}, each its
 * own statement, so a purge never holds many row locks while the site serves.
 */
@ApplicationScoped
public class SitePurge {

  /** How long past its end a row is kept: more than any clock difference between servers. */
  public static final Duration GRACE = Duration.ofMinutes(5);

  /** Rows deleted by one statement. */
  static final int BATCH = 1000;

  /** What one purge deleted, per table. */
  public record Purged(long linkTokens, long sessions, long pinCodes, long pinGuards) {

    /** All rows deleted. */
    public long total() {
      return linkTokens + sessions + pinCodes + pinGuards;
    }
  }

  @Resource(lookup = "jdbc/ods")
  DataSource dataSource;

  /** For CDI. */
  public SitePurge() {}

  /** A purge over a given data source, outside a container. */
  public SitePurge(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Deletes every row that stopped counting more than {@link #GRACE} before {@code now}.
   *
   * @throws IllegalStateException when the database does not answer
   */
  public Purged purge(Instant now) {
    Timestamp cutoff = Timestamp.from(now.minus(GRACE));
    Timestamp idleCutoff =
        Timestamp.from(now.minus(GRACE).minus(il.gov.cal.cardview.session.SessionStore.IDLE));
    try (Connection c = dataSource.getConnection()) {
      long links =
          deleteAll(
              c, "DELETE FROM site_link_token_use WHERE expires_at < ? LIMIT " + BATCH, cutoff);
      long sessions =
          deleteAll(
              c,
              "DELETE FROM site_session WHERE expires_at < ? OR last_seen_at < ? LIMIT " + BATCH,
              cutoff,
              idleCutoff);
      long codes =
          deleteAll(c, "DELETE FROM site_pin_otp WHERE expires_at < ? LIMIT " + BATCH, cutoff);
      long guards =
          deleteAll(
              c,
              "DELETE FROM site_pin_guard WHERE failures = 0"
                  + " AND (locked_until IS NULL OR locked_until < ?) LIMIT "
                  + BATCH,
              cutoff);
      return new Purged(links, sessions, codes, guards);
    } catch (SQLException e) {
      throw new IllegalStateException("site purge failed: " + e.getSQLState(), e);
    }
  }

  private static long deleteAll(Connection c, String sql, Timestamp... parameters)
      throws SQLException {
    long deleted = 0;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setTimestamp(i + 1, parameters[i]);
      }
      int batch;
      do {
        batch = s.executeUpdate();
        deleted += batch;
      } while (batch == BATCH);
    }
    return deleted;
  }
}
