package il.gov.cal.cardview.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.TestStack;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The purge of expired site rows, on the real MariaDB with the site's real schema. */
class SitePurgeIT {

  private static final String SCHEMA = "cal_site_purge";
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  private MysqlDataSource dataSource;

  @BeforeEach
  void freshSchema() throws SQLException {
    EmbeddedDatabase db = TestStack.database();
    try (Connection c = db.connectAsAdmin("");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
      s.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4");
    }
    dataSource = new MysqlDataSource();
    dataSource.setUrl(db.jdbcUrl(SCHEMA));
    dataSource.setUser("cal_admin");
    dataSource.setPassword(EmbeddedDatabase.LOCAL_PASSWORD);
    Flyway.configure(SitePurge.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/site")
        .table("site_schema_history")
        .load()
        .migrate();
  }

  @Test
  void expiredLinkTokensSessionsAndCodesGoLiveOnesStay() throws SQLException {
    linkToken("expired-an-hour-ago-00", NOW.minus(Duration.ofHours(1)));
    linkToken("expired-a-minute-ago00", NOW.minus(Duration.ofMinutes(1)));
    linkToken("still-valid-0000000000", NOW.plus(Duration.ofMinutes(1)));
    session("past-absolute-end", NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(1)));
    session("idle-30-minutes", NOW.minus(Duration.ofMinutes(30)), NOW.plus(Duration.ofMinutes(30)));
    session("idle-16-minutes", NOW.minus(Duration.ofMinutes(16)), NOW.plus(Duration.ofMinutes(30)));
    session("active", NOW.minus(Duration.ofMinutes(1)), NOW.plus(Duration.ofMinutes(30)));
    pinCode(1, NOW.minus(Duration.ofHours(1)));
    pinCode(2, NOW.plus(Duration.ofMinutes(4)));
    pinGuard(10, 0, NOW.minus(Duration.ofHours(1)));
    pinGuard(11, 0, null);
    pinGuard(12, 0, NOW.plus(Duration.ofMinutes(10)));
    pinGuard(13, 3, null);

    SitePurge.Purged purged = new SitePurge(dataSource).purge(NOW);

    assertThat(purged).isEqualTo(new SitePurge.Purged(1, 2, 1, 2));
    // Within the grace of five minutes past its end a row stays: a server whose clock is behind
    // may still consult it.
    assertThat(ids("SELECT token_id FROM site_link_token_use"))
        .containsExactlyInAnyOrder("expired-a-minute-ago00", "still-valid-0000000000");
    assertThat(ids("SELECT id_hash FROM site_session"))
        .containsExactlyInAnyOrder(hash("idle-16-minutes"), hash("active"));
    assertThat(ids("SELECT card_id FROM site_pin_otp")).containsExactly("2");
    // A lock in force and a count of wrong codes stay, however old: waiting resets nothing.
    assertThat(ids("SELECT card_id FROM site_pin_guard")).containsExactlyInAnyOrder("12", "13");
  }

  @Test
  void manyExpiredRowsGoInBatchesAndASecondPurgeFindsNothing() throws SQLException {
    int rows = SitePurge.BATCH * 2 + 500;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO site_link_token_use (token_id, cardholder_id, card_id, used_at,"
                    + " expires_at) VALUES (?, 1, 1, ?, ?)")) {
      for (int i = 0; i < rows; i++) {
        s.setString(1, String.format("bulk-%017d", i));
        s.setTimestamp(2, Timestamp.from(NOW.minus(Duration.ofDays(2))));
        s.setTimestamp(3, Timestamp.from(NOW.minus(Duration.ofDays(1))));
        s.addBatch();
      }
      s.executeBatch();
    }

    SitePurge purge = new SitePurge(dataSource);

    assertThat(purge.purge(NOW).linkTokens()).isEqualTo(rows);
    assertThat(purge.purge(NOW).total()).isZero();
    assertThat(ids("SELECT token_id FROM site_link_token_use")).isEmpty();
  }

  private void linkToken(String id, Instant expires) throws SQLException {
    update(
        "INSERT INTO site_link_token_use (token_id, cardholder_id, card_id, used_at, expires_at)"
            + " VALUES (?, 1, 1, ?, ?)",
        id,
        Timestamp.from(expires.minus(Duration.ofMinutes(2))),
        Timestamp.from(expires));
  }

  private void session(String name, Instant lastSeen, Instant expires) throws SQLException {
    update(
        "INSERT INTO site_session (id_hash, org_id, cardholder_id, card_id, created_at,"
            + " last_seen_at, expires_at) VALUES (?, 1, 1, 1, ?, ?, ?)",
        hash(name),
        Timestamp.from(expires.minus(Duration.ofHours(1))),
        Timestamp.from(lastSeen),
        Timestamp.from(expires));
  }

  private void pinCode(long card, Instant expires) throws SQLException {
    update(
        "INSERT INTO site_pin_otp (card_id, code_hash, expires_at) VALUES (?, ?, ?)",
        card,
        hash("code-" + card),
        Timestamp.from(expires));
  }

  private void pinGuard(long card, int failures, Instant lockedUntil) throws SQLException {
    update(
        "INSERT INTO site_pin_guard (card_id, failures, locked_until) VALUES (?, ?, ?)",
        card,
        failures,
        lockedUntil == null ? null : Timestamp.from(lockedUntil));
  }

  private void update(String sql, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  private List<String> ids(String sql) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /** A stand-in for the SHA-256 hex of a session id: 64 characters, unique per name. */
  private static String hash(String name) {
    return String.format("%-64s", name).replace(' ', '0');
  }
}
