package il.gov.cal.core.card.persistence;

import il.gov.cal.core.card.domain.SealedToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema migration 4.1: fills {@code issuer_token_idx} and {@code issuer_token_enc} of every card
 * stored before its token was encrypted, from the clear {@code issuer_token} that migration 4.2
 * then drops. It needs the application's cipher and blind index, so it is not found on the class
 * path but handed to Flyway by {@code SchemaMigration}. Cards are read in id order, a page at a
 * time, outside one enclosing transaction: each page's update commits on its own, and a card
 * already filled is left alone, so a run that stopped half way keeps its work and the next one
 * finishes it.
 *
 * <p>Each card costs one encryption; with KMS that is a data-key request, so a large table takes a
 * while at the first start after the upgrade. The clear tokens stay in the binary logs written
 * before (and by) this migration: once the pipeline's offsets are past migration 4.2, purge those
 * logs and let backups that hold them expire.
 */
public final class IssuerTokenEncryptionMigration implements JavaMigration {

  private static final int PAGE = 500;

  private final IssuerTokens tokens;

  /** The migration, sealing tokens with {@code tokens}. */
  public IssuerTokenEncryptionMigration(IssuerTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("4.1");
  }

  @Override
  public String getDescription() {
    return "card issuer token encrypted";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return false;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    long after = 0;
    while (true) {
      List<Row> rows = page(c, after);
      if (rows.isEmpty()) {
        return;
      }
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE card SET issuer_token_idx = ?, issuer_token_enc = ? WHERE id = ?")) {
        for (Row row : rows) {
          SealedToken sealed = tokens.seal(row.organisationId(), row.token());
          update.setString(1, sealed.index());
          update.setBytes(2, sealed.ciphertext());
          update.setLong(3, row.id());
          update.addBatch();
        }
        update.executeBatch();
      }
      after = rows.get(rows.size() - 1).id();
    }
  }

  private static List<Row> page(Connection c, long after) throws SQLException {
    List<Row> rows = new ArrayList<>(PAGE);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, org_id, issuer_token FROM card"
                + " WHERE id > ? AND issuer_token_idx IS NULL ORDER BY id LIMIT "
                + PAGE)) {
      s.setLong(1, after);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3)));
        }
      }
    }
    return rows;
  }

  /** A card still to seal; never shown. */
  private record Row(long id, long organisationId, String token) {

    @Override
    public String toString() {
      return "card " + id;
    }
  }
}
