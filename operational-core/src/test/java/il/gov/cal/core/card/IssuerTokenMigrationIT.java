package il.gov.cal.core.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import il.gov.cal.core.card.persistence.IssuerTokenEncryptionMigration;
import il.gov.cal.core.card.persistence.IssuerTokens;
import il.gov.cal.localstack.EmbeddedDatabase;
import il.gov.cal.localstack.TestStack;
import il.gov.cal.security.crypto.BlindIndex;
import il.gov.cal.security.crypto.EncryptionSdkFieldCipher;
import il.gov.cal.security.crypto.FieldDecryptionException;
import il.gov.cal.security.crypto.LocalKeyringProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations 4 to 4.2 on the real MariaDB: cards stored with a clear issuer token get its blind
 * index and ciphertext, the clear column is gone, and each ciphertext opens only for its own
 * organisation and row.
 */
class IssuerTokenMigrationIT {

  @TempDir Path keys;

  @Test
  void clearTokensOfStoredCardsAreMovedToBlindIndexAndCiphertextAndTheClearColumnDropped()
      throws Exception {
    IssuerTokens tokens =
        new IssuerTokens(
            new EncryptionSdkFieldCipher(LocalKeyringProvider.open(Files.createDirectories(keys))),
            BlindIndex.fromKeyDirectory(keys));
    EmbeddedDatabase db = TestStack.database();
    String schema = "cal_tokens_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection admin = db.connectAsAdmin("");
        Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + schema);
    }
    flyway(db, schema).target("3").load().migrate();
    try (Connection c = db.connectAsAdmin(schema);
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO organisation (code, name) VALUES ('A', 'A'), ('B', 'B')");
      s.execute(
          "INSERT INTO unit (org_id, code, name, path, depth)"
              + " VALUES (1, 'U', 'U', '/1/', 0), (2, 'U', 'U', '/2/', 0)");
      s.execute(
          "INSERT INTO card (org_id, unit_id, issuer_token, last4, product, status) VALUES"
              + " (1, 1, 'tok-alpha-7Q', '1234', 'PHYSICAL', 'ACTIVE'),"
              + " (2, 2, 'tok-beta-9Z', '5678', 'VIRTUAL', 'ISSUED')");
    }

    flyway(db, schema).javaMigrations(new IssuerTokenEncryptionMigration(tokens)).load().migrate();

    List<String> columns = new ArrayList<>();
    String alphaIndex;
    String betaIndex;
    byte[] alpha;
    byte[] beta;
    try (Connection c = db.connectAsAdmin(schema);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT * FROM card ORDER BY id")) {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          columns.add(rs.getMetaData().getColumnName(i));
        }
        rs.next();
        alphaIndex = rs.getString("issuer_token_idx");
        alpha = rs.getBytes("issuer_token_enc");
        assertThat(rs.getString("last4")).isEqualTo("1234");
        rs.next();
        betaIndex = rs.getString("issuer_token_idx");
        beta = rs.getBytes("issuer_token_enc");
        assertThat(rs.next()).isFalse();
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT success FROM flyway_schema_history WHERE version = '4.1'"
                  + " AND type = 'JDBC'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBoolean(1)).isTrue();
      }
    }
    assertThat(columns)
        .contains("issuer_token_idx", "issuer_token_enc")
        .doesNotContain("issuer_token");
    assertThat(alphaIndex).isEqualTo(tokens.index("tok-alpha-7Q")).matches("[0-9a-f]{64}");
    assertThat(betaIndex).isEqualTo(tokens.index("tok-beta-9Z"));
    assertThat(tokens.open(1, alphaIndex, alpha)).isEqualTo("tok-alpha-7Q");
    assertThat(tokens.open(2, betaIndex, beta)).isEqualTo("tok-beta-9Z");
    assertThatThrownBy(() -> tokens.open(1, betaIndex, alpha))
        .as("moved to another row")
        .isInstanceOf(FieldDecryptionException.class);
    assertThatThrownBy(() -> tokens.open(2, alphaIndex, alpha))
        .as("moved to another organisation")
        .isInstanceOf(FieldDecryptionException.class);
  }

  private static FluentConfiguration flyway(EmbeddedDatabase db, String schema) {
    return Flyway.configure()
        .dataSource(db.jdbcUrl(schema), "cal_admin", EmbeddedDatabase.LOCAL_PASSWORD)
        .locations("classpath:db/core");
  }
}
