package il.gov.cal.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mysql.cj.jdbc.MysqlDataSource;
import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.TestStack;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The trail against the real MariaDB, in a fresh schema per test made from the real DDL. */
class JdbcAuditTrailIT {

  private MysqlDataSource dataSource;
  private String schema;

  @BeforeEach
  void createSchema() throws Exception {
    EmbeddedDatabase db = TestStack.database();
    schema = "audit_it_" + System.nanoTime();
    try (Connection admin = db.connectAsAdmin("");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + schema);
    }
    dataSource = new MysqlDataSource();
    dataSource.setURL(db.jdbcUrl(schema));
    dataSource.setUser("cal_admin");
    dataSource.setPassword(EmbeddedDatabase.LOCAL_PASSWORD);
    String ddl;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(JdbcAuditTrail.DDL_RESOURCE)) {
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

  @Test
  void recordAppendsOneRowWithEveryColumn() throws Exception {
    JdbcAuditTrail trail = new JdbcAuditTrail(dataSource);
    Instant at = Instant.parse("2026-03-01T10:00:00.123Z");

    trail.record(
        new AuditEvent(
            at, 7L, "dana", "card.freeze", "card", "c-17", AuditOutcome.SUCCESS, "req-00000001"));
    trail.record(
        new AuditEvent(
            at, null, "issuer", "file.import", "import", null, AuditOutcome.FAILURE, null));

    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM audit_event ORDER BY id")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getLong("id")).isPositive();
      assertThat(rows.getTimestamp("occurred_at").toInstant()).isEqualTo(at);
      assertThat(rows.getLong("org_id")).isEqualTo(7);
      assertThat(rows.getString("actor")).isEqualTo("dana");
      assertThat(rows.getString("action")).isEqualTo("card.freeze");
      assertThat(rows.getString("target_type")).isEqualTo("card");
      assertThat(rows.getString("target_id")).isEqualTo("c-17");
      assertThat(rows.getString("outcome")).isEqualTo("SUCCESS");
      assertThat(rows.getString("correlation_id")).isEqualTo("req-00000001");
      assertThat(rows.next()).isTrue();
      assertThat(rows.getObject("org_id")).isNull();
      assertThat(rows.getObject("target_id")).isNull();
      assertThat(rows.getString("outcome")).isEqualTo("FAILURE");
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void recordFailsWithAnAuditTrailExceptionWhenTheTableIsMissing() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE audit_event");
    }

    assertThatThrownBy(
            () ->
                new JdbcAuditTrail(dataSource)
                    .record(
                        AuditEvent.now(
                            1L, "dana", "card.view", "card", "c-1", AuditOutcome.SUCCESS)))
        .isInstanceOf(AuditTrailException.class)
        .hasMessageContaining("card.view");
  }

  @Test
  void anAccountWithTheDocumentedGrantAppendsButCannotUpdateOrDelete() throws Exception {
    EmbeddedDatabase db = TestStack.database();
    String account = "'audit_app_" + System.nanoTime() % 1_000_000 + "'@'127.0.0.1'";
    try (Connection admin = db.connectAsAdmin(schema);
        Statement statement = admin.createStatement()) {
      statement.execute(
          "CREATE USER " + account + " IDENTIFIED BY '" + EmbeddedDatabase.LOCAL_PASSWORD + "'");
      // The grant of environments/README.md, "The audit trail's grant".
      statement.execute("GRANT SELECT, INSERT ON " + schema + ".audit_event TO " + account);
    }
    MysqlDataSource app = new MysqlDataSource();
    app.setURL(db.jdbcUrl(schema));
    app.setUser(account.substring(1, account.indexOf("'@")));
    app.setPassword(EmbeddedDatabase.LOCAL_PASSWORD);

    new JdbcAuditTrail(app)
        .record(AuditEvent.now(1L, "dana", "card.freeze", "card", "c-1", AuditOutcome.SUCCESS));

    try (Connection connection = app.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM audit_event")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).isEqualTo(1);
      }
      assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_event SET actor = 'x'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("UPDATE command denied");
      assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_event"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("DELETE command denied");
    }
  }

  @Test
  void theTrailClassHasNoUpdateOrDeleteStatement() throws Exception {
    for (var field : JdbcAuditTrail.class.getDeclaredFields()) {
      if (field.getType() == String.class) {
        field.setAccessible(true);
        String value = (String) field.get(null);
        assertThat(value.toUpperCase()).doesNotContain("UPDATE ", "DELETE ");
      }
    }
  }
}
