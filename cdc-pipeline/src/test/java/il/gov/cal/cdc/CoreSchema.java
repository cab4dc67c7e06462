package il.gov.cal.cdc;

import il.gov.cal.localstack.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Builds {@code cal_core} the way the operational core does at start: Flyway over the core's own
 * migration folder, read where the core keeps it (no copy that could drift), every version in
 * order, with the same history table.
 *
 * <p>The core's one Java migration, 4.1 ({@code IssuerTokenEncryptionMigration}), cannot run here:
 * it seals each clear token with the core's {@code IssuerTokens}, that is the security module's
 * field cipher (an AWS Encryption SDK keyring) and blind-index key as the core's CDI container
 * builds them, and it lives in the core's WAR, which is no jar the pipeline's tests could depend
 * on; depending on the module would bring the core's WAR, its Liberty server and its integration
 * tests into every build of the pipeline. {@link IssuerTokenStandIn} takes its place at the same
 * version and fills the same two columns with values of the same shape (a 64-digit hex index, a
 * binary ciphertext), so that 4.2 finds every card filled as it would after the real one. The
 * pipeline never reads those columns (they are excluded at the connector), so their content is of
 * no consequence to it. {@code CoreSchemaTest} fails when the core gains a Java migration that has
 * no stand-in here.
 */
public final class CoreSchema {

  /** The core's migration folder, as the core's build packages it ({@code db/core}). */
  public static final Path MIGRATIONS =
      Path.of("../operational-core/src/main/resources/db/core").toAbsolutePath().normalize();

  /** The stand-ins of the core's Java migrations, by version. */
  static final List<JavaMigration> JAVA_MIGRATION_STAND_INS = List.of(new IssuerTokenStandIn());

  private CoreSchema() {}

  /** Migrates cal_core to the latest version. */
  public static MigrateResult migrate() {
    return migrate("latest");
  }

  /** Migrates cal_core up to and including {@code target} ("1.1", "4", ..., or "latest"). */
  public static MigrateResult migrate(String target) {
    return Flyway.configure(CoreSchema.class.getClassLoader())
        .dataSource(
            TestEnvironment.db().jdbcUrl("cal_core"), "cal_admin", EmbeddedDatabase.LOCAL_PASSWORD)
        .locations("filesystem:" + MIGRATIONS)
        .javaMigrations(JAVA_MIGRATION_STAND_INS.toArray(JavaMigration[]::new))
        .table("flyway_schema_history")
        .failOnMissingLocations(true)
        .target(target)
        .load()
        .migrate();
  }

  /**
   * Migration 4.1 as far as the schema is concerned: every card without an issuer-token index gets
   * a stand-in index (SHA-256 of a prefix and the clear token, 64 hex digits, unique as the token
   * is) and a stand-in ciphertext, with no key involved. Never a real card's values.
   */
  static final class IssuerTokenStandIn implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
      return MigrationVersion.fromVersion("4.1");
    }

    @Override
    public String getDescription() {
      return "card issuer token encrypted (test stand-in)";
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
    public void migrate(Context context) throws Exception {
      try (PreparedStatement update =
          context
              .getConnection()
              .prepareStatement(
                  "UPDATE card SET issuer_token_idx = SHA2(CONCAT('stand-in:', issuer_token),"
                      + " 256), issuer_token_enc = UNHEX(SHA2(CONCAT('sealed:', issuer_token),"
                      + " 256)) WHERE issuer_token_idx IS NULL")) {
        update.executeUpdate();
      }
    }
  }
}
